/**
 * A compare page (/compare/ with the default pair, /compare/<a>-<b>/): what it says around its
 * charts, its figures and its head. Server-side: the figures are drawn here. The ruling party's
 * history is the same for every pair, so only /compare/ draws it (`withHistory`) and each pair
 * page links there: 2.3 KB gzip less per pair page, most of what kept them over the first round trip.
 */
import type { Dataset, Lang } from '$lib/data/types';
import type { Pair } from '$lib/compare/pair';
import { compareView } from '$lib/compare/build';
import { figure } from '$lib/charts/figure.server';
import { chamber, sideState } from '$lib/charts/chamber/spec';
import { pageState, seatChange } from '$lib/charts/seat-change/spec';
import { rulingPartyHistory } from '$lib/charts/history/spec';
import { pageHead } from '$lib/embed/head.server';
import { translator } from '$lib/i18n/text';

export function comparePage(data: Dataset, lang: Lang, pair: Pair, withHistory = false) {
	const m = translator(lang);
	const view = compareView(data, lang, pair);
	const a = figure(chamber, data, lang, sideState('a', pair.a));
	return {
		// The first chamber stands for the page: a hemicycle reads at a card's size, the seat
		// change of a pair (as tall as its list of parties) does not.
		head: pageHead(
			lang,
			m('cmp_title', { a: pair.a, b: pair.b }),
			m('cmp_description', { a: pair.a, b: pair.b }),
			a.fileId
		),
		view,
		a,
		b: figure(chamber, data, lang, sideState('b', pair.b)),
		change: figure(seatChange, data, lang, pageState(pair)),
		history: withHistory ? figure(rulingPartyHistory, data, lang) : null
	};
}
