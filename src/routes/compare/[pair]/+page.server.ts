import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/data';
import { langOf } from '$lib/i18n/lang';
import { allPairs, pairSlug, parseSlug } from '$lib/compare/pair';
import { compareView } from '$lib/compare/build';
import { figure } from '$lib/charts/figure.server';
import { chamber, sideState } from '$lib/charts/chamber/spec';
import { pageState, seatChange } from '$lib/charts/seat-change/spec';
import { rulingPartyHistory } from '$lib/charts/history/spec';
import type { EntryGenerator, PageServerLoad } from './$types';

const ids = () => getDataset().elections.map((e) => e.id);

/** Every ordered pair as its own page, so that any comparison works without JavaScript. */
export const entries: EntryGenerator = () => allPairs(ids()).map((p) => ({ pair: pairSlug(p) }));

export const load: PageServerLoad = ({ params, url }) => {
	const pair = parseSlug(params.pair, ids());
	if (!pair) error(404, `No comparison "${params.pair}"`);
	const lang = langOf(url.pathname);
	const data = getDataset();
	return {
		view: compareView(data, lang, pair),
		a: figure(chamber, data, lang, sideState('a', pair.a)),
		b: figure(chamber, data, lang, sideState('b', pair.b)),
		change: figure(seatChange, data, lang, pageState(pair)),
		history: figure(rulingPartyHistory, data, lang)
	};
};
