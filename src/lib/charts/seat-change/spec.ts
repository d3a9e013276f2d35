/**
 * Seats won and lost per party between two Majilis elections: one file per ordered pair of
 * elections in the data (seat-change-<a>-<b>), and the compare page's chart of the pair it shows.
 */
import { formatConvocation } from '$lib/format';
import { translator } from '$lib/i18n/text';
import { allPairs, DEFAULT_PAIR, pairSlug, samePair, type Pair } from '$lib/compare/pair';
import { chambers, election, pairChange, sourceOf } from '$lib/compare/build';
import { round2 } from '../round';
import { defineChart } from '../spec';
import SeatChange from './SeatChange.svelte';
import { pct1, signed, type SeatChangeRow } from './build';

/**
 * A state is a pair ("2016-2023": the file seat-change-2016-2023), or the pair the compare page
 * shows ("page:2016-2023"), drawn as the figure seat-change; its file is seat-change for the
 * default pair and seat-change-<a>-<b> otherwise.
 */
function parse(state: string): { page: boolean; pair: Pair } {
	const m = /^(page:)?(\d{4})-(\d{4})$/.exec(state);
	if (!m) throw new Error(`No pair "${state}"`);
	return { page: Boolean(m[1]), pair: { a: m[2]!, b: m[3]! } };
}

/** The state of the compare page's chart of a pair. */
export const pageState = (pair: Pair) => `page:${pairSlug(pair)}`;

export const seatChange = defineChart({
	id: 'seat-change',
	states: (data) => [
		pageState(DEFAULT_PAIR),
		...allPairs(data.elections.map((e) => e.id)).map(pairSlug)
	],
	fileId(state) {
		const { page, pair } = parse(state);
		return page && samePair(pair, DEFAULT_PAIR) ? 'seat-change' : `seat-change-${pairSlug(pair)}`;
	},
	component: SeatChange,
	build(data, lang, state) {
		const m = translator(lang);
		const { page, pair } = parse(state);
		const model = chambers(data, lang);
		const a = election(model, pair.a);
		const b = election(model, pair.b);
		const built = pairChange(model, pair);
		return {
			meta: {
				id: page ? 'seat-change' : `seat-change-${pairSlug(pair)}`,
				lang,
				title: m('cmp_change_title', { a: a.id, b: b.id }),
				desc: m('cmp_change_desc', {
					a: a.id,
					b: b.id,
					convA: formatConvocation(a.convocation, lang),
					convB: formatConvocation(b.convocation, lang),
					seatsA: a.seatsTotal,
					seatsB: b.seatsTotal,
					rows: built.rows.map((r) => `${r.name} ${r.seatsText} (${r.seats.label})`).join(', ')
				}),
				source: sourceOf(a, b)
			},
			data: built,
			rows: built.rows,
			caption: m('cmp_change_caption', { a: a.id, b: b.id }),
			labelVars: { a: a.id, b: b.id }
		};
	},
	columns: [
		{ key: 'party_id', value: (r: SeatChangeRow) => r.id },
		{ key: 'party', label: 'col_party', value: (r) => r.name },
		{
			key: 'former_name_or_merger',
			label: 'cmp_col_former',
			value: (r) => r.note,
			display: (r) => r.note ?? ''
		},
		{ key: 'seats_{a}', label: 'cmp_col_seats_a', kind: 'int', value: (r) => r.seatsA },
		{ key: 'seats_{b}', label: 'cmp_col_seats_b', kind: 'int', value: (r) => r.seatsB },
		{
			key: 'change',
			label: 'cmp_col_change',
			kind: 'int',
			value: (r) => r.change,
			display: (r) => signed(r.change)
		},
		{
			key: 'share_{a}_pct',
			label: 'cmp_col_share_a',
			kind: 'pct',
			value: (r) => round2(r.shareA),
			display: (r, lang) => pct1(r.shareA, lang)
		},
		{
			key: 'share_{b}_pct',
			label: 'cmp_col_share_b',
			kind: 'pct',
			value: (r) => round2(r.shareB),
			display: (r, lang) => pct1(r.shareB, lang)
		},
		{
			key: 'share_change_pts',
			label: 'cmp_col_change_points',
			kind: 'pct',
			value: (r) => r.shareChange,
			display: (r, lang) => signed(r.shareChange, 1, lang)
		}
	]
});
