import { getDataset } from '$lib/server/data';
import { langOf } from '$lib/i18n/lang';
import { DEFAULT_PAIR } from '$lib/compare/pair';
import { compareView } from '$lib/compare/build';
import { figure } from '$lib/charts/figure.server';
import { chamber, sideState } from '$lib/charts/chamber/spec';
import { pageState, seatChange } from '$lib/charts/seat-change/spec';
import { rulingPartyHistory } from '$lib/charts/history/spec';
import type { PageServerLoad } from './$types';

/** The default pair (2021 and 2023) is prerendered; the page script opens a pair asked for in the query. */
export const load: PageServerLoad = ({ url }) => {
	const lang = langOf(url.pathname);
	const data = getDataset();
	const pair = DEFAULT_PAIR;
	return {
		view: compareView(data, lang, pair),
		a: figure(chamber, data, lang, sideState('a', pair.a)),
		b: figure(chamber, data, lang, sideState('b', pair.b)),
		change: figure(seatChange, data, lang, pageState(pair)),
		history: figure(rulingPartyHistory, data, lang)
	};
};
