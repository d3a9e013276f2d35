import { getDataset } from '$lib/server/data';
import { headlines, turnoutAlternatives } from '$lib/pages/overview';
import type { PageServerLoad } from './$types';
import { langOf } from '$lib/i18n/lang';
import { lastMajilis } from '$lib/pages/era';
import { figure } from '$lib/charts/figure.server';
import { hemicycle2023 } from '$lib/charts/hemicycle/spec';
import { voteShare2023 } from '$lib/charts/vote-share/spec';
import { seatsByMethod2023 } from '$lib/charts/seats-by-method/spec';
import { turnoutHistory } from '$lib/charts/turnout-history/spec';

export const load: PageServerLoad = ({ url }) => {
	const lang = langOf(url.pathname);
	const data = getDataset();
	return {
		headlines: headlines(data, lang),
		era: lastMajilis(data, lang),
		hemicycle: figure(hemicycle2023, data, lang),
		voteShare: figure(voteShare2023, data, lang),
		seatsByMethod: figure(seatsByMethod2023, data, lang),
		turnout: figure(turnoutHistory, data, lang),
		turnoutAlternatives: turnoutAlternatives(data, lang)
	};
};
