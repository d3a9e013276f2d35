import { getDataset } from '$lib/server/data';
import { simulatorInput } from '$lib/pages/simulate';
import type { PageServerLoad } from './$types';

/** Only votes and seats as elected go to the page; the browser computes the chamber. */
export const load: PageServerLoad = () => {
	const data = getDataset();
	return {
		input: simulatorInput(data),
		smdNotes: {
			membership: data.smdViews2023.membership.note,
			nomination: data.smdViews2023.nomination.note
		}
	};
};
