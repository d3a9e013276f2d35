import { getDataset } from '$lib/server/data';
import { simulatorInput } from '$lib/pages/simulate';
import type { PageServerLoad } from './$types';
import { langOf } from '$lib/i18n/lang';

/** Only votes and seats as elected go to the page; the browser computes the chamber. */
export const load: PageServerLoad = ({ url }) => {
	const data = getDataset();
	return {
		input: simulatorInput(data, langOf(url.pathname)),
		smdNotes: {
			membership: data.smdViews2023.membership.note,
			nomination: data.smdViews2023.nomination.note
		}
	};
};
