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
import { pageHead } from '$lib/embed/head.server';
import { formatConvocation, formatDate } from '$lib/format';
import { translator } from '$lib/i18n/text';

export const load: PageServerLoad = ({ url }) => {
	const lang = langOf(url.pathname);
	const data = getDataset();
	const m = translator(lang);
	const h = headlines(data, lang);
	const hemicycle = figure(hemicycle2023, data, lang);
	return {
		head: pageHead(
			lang,
			m('ov_heading', {
				convocation: formatConvocation(h.convocation, lang),
				date: formatDate(h.date, lang)
			}),
			m('ov_description', {
				date: formatDate(h.date, lang),
				seats: h.seats,
				list: h.list,
				smd: h.smd
			}),
			hemicycle.fileId
		),
		headlines: h,
		era: lastMajilis(data, lang),
		hemicycle,
		voteShare: figure(voteShare2023, data, lang),
		seatsByMethod: figure(seatsByMethod2023, data, lang),
		turnout: figure(turnoutHistory, data, lang),
		turnoutAlternatives: turnoutAlternatives(data, lang)
	};
};
