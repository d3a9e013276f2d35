import { getDataset } from '$lib/server/data';
import { langOf } from '$lib/i18n/lang';
import { figure } from '$lib/charts/figure.server';
import { byTurnout, nationalTurnout, voteName } from '$lib/charts/national-turnout/spec';
import { formatPct } from '$lib/format';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const lang = langOf(url.pathname);
	const data = getDataset();
	const [lowest, second] = byTurnout(data.nationalVotes);
	const known = data.nationalVotes.filter((v) => v.turnoutPct !== null);
	return {
		turnout: figure(nationalTurnout, data, lang),
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
