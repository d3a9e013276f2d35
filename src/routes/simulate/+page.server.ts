import { getDataset } from '$lib/server/data';
import { simulatorInput } from '$lib/pages/simulate';
import type { PageServerLoad } from './$types';
import { langOf } from '$lib/i18n/lang';
import { pageHead } from '$lib/embed/head.server';
import { SIMULATED_CHART_ID } from '$lib/simulate/chart';
import { t } from '$lib/i18n/text';

/** Only votes and seats as elected go to the page; the browser computes the chamber. */
export const load: PageServerLoad = ({ url }) => {
	const data = getDataset();
	const lang = langOf(url.pathname);
	return {
		// The prerendered chamber (the default settings) is the file simulated-hemicycle.
		head: pageHead(lang, t(lang, 'sim_title'), t(lang, 'sim_description'), SIMULATED_CHART_ID),
		input: simulatorInput(data, lang),
		smdNotes: {
			membership: data.smdViews2023.membership.note,
			nomination: data.smdViews2023.nomination.note
		}
	};
};
