import { getDataset } from '$lib/server/data';
import { langOf } from '$lib/i18n/lang';
import { figure } from '$lib/charts/figure.server';
import { byTurnout, nationalTurnout, voteName } from '$lib/charts/national-turnout/spec';
import { formatPct } from '$lib/format';
import { pageHead } from '$lib/embed/head.server';
import { translator } from '$lib/i18n/text';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const lang = langOf(url.pathname);
	const data = getDataset();
	const [lowest, second] = byTurnout(data.nationalVotes);
	const known = data.nationalVotes.filter((v) => v.turnoutPct !== null);
	const m = translator(lang);
	const turnout = figure(nationalTurnout, data, lang);
	return {
		head: pageHead(lang, m('votes_title'), m('votes_description'), turnout.fileId),
		turnout,
		lede: {
			count: known.length,
			first: known[0]!.year,
			lowest: voteName(lowest!, lang),
			lowestPct: formatPct(lowest!.turnoutPct, 2, lang),
			second: voteName(second!, lang),
			secondPct: formatPct(second!.turnoutPct, 2, lang)
		}
	};
};
