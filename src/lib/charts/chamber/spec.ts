/**
 * The hemicycle of one Majilis election in the data, with each party under the name it had then:
 * one file per election (chamber-<year>), and the two chambers of the compare page.
 */
import { formatConvocation, formatDate, formatPct } from '$lib/format';
import { translator } from '$lib/i18n/text';
import { DEFAULT_PAIR } from '$lib/compare/pair';
import {
	chamberLabel,
	chambers,
	describeSystem,
	election,
	nameAt,
	otherCount,
	sourceOf
} from '$lib/compare/build';
import Hemicycle from '../hemicycle/Hemicycle.svelte';
import { buildHemicycle } from '../hemicycle/build';
import { round2 } from '../round';
import { defineChart } from '../spec';

export interface ChamberRow {
	partyId: string;
	name: string;
	list: number;
	smd: number;
	assembly: number;
	total: number;
	/** Percent of the chamber. */
	share: number;
}

type Side = 'a' | 'b';

/**
 * A state is an election id ("2016": the file chamber-2016), or a side of the compare page with
 * the election it shows ("a:2016"). A side is drawn as hemicycle-a or hemicycle-b, the figure's
 * id on the page; its file is hemicycle-a/-b for the default pair and chamber-<year> otherwise.
 */
function parse(state: string): { side: Side | null; year: string } {
	const m = /^([ab]):(.+)$/.exec(state);
	return m ? { side: m[1] as Side, year: m[2]! } : { side: null, year: state };
}

/** The state of a compare page's side. */
export const sideState = (side: Side, year: string) => `${side}:${year}`;

export const chamber = defineChart({
	id: 'hemicycle-a',
	states: (data) => [
		sideState('a', DEFAULT_PAIR.a),
		sideState('b', DEFAULT_PAIR.b),
		...data.elections.map((e) => e.id)
	],
	fileId(state) {
		const { side, year } = parse(state);
		return side && DEFAULT_PAIR[side] === year ? `hemicycle-${side}` : `chamber-${year}`;
	},
	component: Hemicycle,
	build(data, lang, state) {
		const m = translator(lang);
		const { side, year } = parse(state);
		const model = chambers(data, lang);
		const e = election(model, year);
		const names = nameAt(model, e);
		const built = buildHemicycle(e.seats, names, { lang });
		const counts = otherCount(e, names);
		return {
			meta: {
				id: side ? `hemicycle-${side}` : `chamber-${year}`,
				lang,
				title: m('cmp_hemi_title', {
					id: e.id,
					convocation: formatConvocation(e.convocation, lang),
					n: e.seatsTotal
				}),
				desc: m('cmp_hemi_desc', {
					date: formatDate(e.date, lang),
					parties: built.parties.map((p) => `${p.name} ${p.total}`).join(', '),
					system: describeSystem(e.seatsByMethod, lang),
					majority: built.majority,
					counted: counts === null ? '' : m('cmp_hemi_counted', { counts })
				}),
				source: sourceOf(e)
			},
			data: side ? { ...built, transition: side } : built,
			rows: e.seats.map((r) => ({
				partyId: r.partyId,
				name: names(r.partyId),
				list: r.list,
				smd: r.smd,
				assembly: r.assembly,
				total: r.total,
				share: (r.total / e.seatsTotal) * 100
			})),
			footer: {
				partyId: 'total',
				name: m('col_total'),
				...e.seatsByMethod,
				total: e.seatsTotal,
				share: 100
			},
			caption:
				m('cmp_chamber_caption', { label: chamberLabel(e, lang) }) +
				(e.alternative ? m('cmp_chamber_caption_membership') : '')
		};
	},
	columns: [
		{ key: 'party_id', value: (r: ChamberRow) => r.partyId },
		{ key: 'party', label: 'cmp_col_party_then', value: (r) => r.name },
		{ key: 'party_list_seats', label: 'col_list', kind: 'int', value: (r) => r.list },
		{ key: 'single_mandate_seats', label: 'col_smd', kind: 'int', value: (r) => r.smd },
		{ key: 'assembly_seats', label: 'cmp_col_assembly', kind: 'int', value: (r) => r.assembly },
		{ key: 'total_seats', label: 'col_total', kind: 'int', value: (r) => r.total },
		{
			key: 'seat_share_pct',
			label: 'col_share',
			kind: 'pct',
			digits: 1,
			value: (r) => round2(r.share),
			// Rounded for the page from the exact share, not from the CSV's two decimals.
			display: (r, lang) => formatPct(r.share, 1, lang)
		}
	]
});
