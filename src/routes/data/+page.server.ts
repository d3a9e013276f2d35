import { getDataset } from '$lib/server/data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { catalog, elections } = getDataset();
	return {
		catalog,
		coverage: elections.map((e) => ({
			id: e.id,
			date: e.date,
			convocation: e.convocation,
			seats: e.seatsTotal
		}))
	};
};
