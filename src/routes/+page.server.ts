import { getDataset } from '$lib/server/data';
import { hemicycle2023 } from '$lib/pages/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const data = getDataset();
	const { meta, data: hemicycle, rows } = hemicycle2023(data);
	return {
		hemicycle: { meta, data: hemicycle },
		seats: rows,
		nomination: data.smdViews2023.nomination,
		membership: data.smdViews2023.membership
	};
};
