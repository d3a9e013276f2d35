/** Turns seats per party into everything the Hemicycle component draws. Runs at build time. */
import type { Lang } from '$lib/data/types';
import { translator } from '$lib/i18n/text';
import type { PartySeats } from '$lib/data/derive';
import { majority } from '$lib/data/derive';
import { partyColour, shortName } from '$lib/parties/style';
import { formatInt } from '$lib/format';
import { layoutLegend, type PlacedLegendItem, type PlacedNote } from '../legend';
import { parliamentLayout } from './layout';
import type { ChartTable } from '$lib/export/csv';
import { round2 } from '../round';

export type SeatMethod = 'list' | 'smd' | 'assembly';

export interface HemicycleSeat {
	x: number;
	y: number;
	party: string;
	method: SeatMethod;
}

export interface HemicycleParty {
	id: string;
	name: string;
	colour: string;
	list: number;
	smd: number;
	assembly: number;
	total: number;
	/** "63 of 98 seats (40 party-list, 23 single-mandate)" */
	summary: string;
	seats: HemicycleSeat[];
}

export interface HemicycleData {
	width: number;
	/** The word under the total in the centre ("seats"), in the chart's language. */
	seatsWord: string;
	/** "Majority: 50 of 98", in the chart's language. */
	majorityLabel: string;
	/** Each seat method's tooltip line, in the chart's language. */
	methodLabels: Record<SeatMethod, string>;
	height: number;
	/** Seat radius (the same for every seat). */
	r: number;
	cx: number;
	cy: number;
	outerRadius: number;
	innerRadius: number;
	/** Space above the seats for the majority label. */
	top: number;
	total: number;
	majority: number;
	parties: HemicycleParty[];
	legend: PlacedLegendItem[];
	/** Size of the labels and legend text; absent means 12. */
	fontSize?: number;
	/** A footnote drawn under the chart in the standalone file. */
	note?: PlacedNote;
	/**
	 * Names the seats for a cross-document view transition (a side of the compare page, "a" or
	 * "b"): the k-th seat of a party keeps its name from one pair's page to the next, so the
	 * browser moves it. Absent: the seats carry no names.
	 */
	transition?: string;
}

export interface HemicycleOptions {
	/** Language of the chart's words (legend, summaries, majority line); default English. */
	lang?: Lang;
	/**
	 * Label and legend text size in drawing units (the drawing is 600 wide). Default 12; larger
	 * keeps the text readable where the chart is shown narrow, as on a phone.
	 */
	fontSize?: number;
}

const WIDTH = 600;
const TOP = 26;

/** "63 of 98 seats (40 party-list, 23 single-mandate)", in `lang`. */
function describe(p: PartySeats, of: number, lang: Lang): string {
	const m = translator(lang);
	const parts = [
		p.list ? m('chart_part_list', { n: p.list }) : '',
		p.smd ? m('chart_part_smd', { n: p.smd }) : '',
		p.assembly ? m('chart_part_assembly', { n: p.assembly }) : ''
	].filter(Boolean);
	return parts.length
		? m('chart_seat_summary_parts', { total: p.total, of, parts: parts.join(', ') })
		: m('chart_seat_summary', { total: p.total, of });
}

/**
 * @param rows seats per party, in seating order (see seatsByParty)
 * @param names display name per party id (defaults to the short English name)
 */
export function buildHemicycle(
	rows: PartySeats[],
	names?: (id: string) => string,
	options: HemicycleOptions = {}
): HemicycleData {
	const lang = options.lang ?? 'en';
	const m = translator(lang);
	const nameOf = names ?? ((id: string) => shortName(id, lang));
	const fontSize = options.fontSize ?? 12;
	const top = TOP + fontSize - 12;
	const total = rows.reduce((s, r) => s + r.total, 0);
	const methods: SeatMethod[] = ['list', 'smd', 'assembly'];
	const groups = rows.flatMap((r) =>
		methods.map((m) => ({ id: `${r.partyId}:${m}`, count: r[m], wedge: r.partyId }))
	);
	const layout = parliamentLayout(groups, { width: WIDTH });
	const parties: HemicycleParty[] = rows.map((r) => ({
		id: r.partyId,
		name: nameOf(r.partyId),
		colour: partyColour(r.partyId),
		list: r.list,
		smd: r.smd,
		assembly: r.assembly,
		total: r.total,
		summary: describe(r, total, lang),
		seats: []
	}));
	for (const seat of layout.seats) {
		const group = groups[seat.group]!;
		const party = parties.find((p) => p.id === group.wedge)!;
		party.seats.push({
			x: seat.x,
			// The layout's tenths plus a whole `top`: one decimal (round2 only mends float noise).
			y: round2(seat.y + top),
			party: party.id,
			method: group.id.split(':')[1] as SeatMethod
		});
	}
	const usedMethods = methods.filter((m) => rows.some((r) => r[m] > 0));
	const legendTop = round2(layout.height + top + 10 + fontSize);
	const legend = layoutLegend(
		[
			...parties.map((p) => ({
				key: p.id,
				label: `${p.name} ${formatInt(p.total, lang)}`,
				colour: p.colour
			})),
			...(usedMethods.includes('smd')
				? [
						{
							key: 'method:list',
							label: m('chart_method_key_list'),
							colour: '#6b7680',
							shape: 'dot' as const
						},
						{
							key: 'method:smd',
							label: m('chart_method_key_smd'),
							colour: '#6b7680',
							shape: 'ring' as const
						}
					]
				: [])
		],
		WIDTH,
		{ y: legendTop, fontSize }
	);
	return {
		width: WIDTH,
		height: Math.round(legendTop + legend.height),
		r: layout.seats[0]?.r ?? 0,
		cx: layout.cx,
		cy: round2(layout.cy + top),
		outerRadius: layout.outerRadius,
		innerRadius: layout.innerRadius,
		top,
		total,
		majority: majority(total),
		majorityLabel: m('chart_majority', { value: majority(total), of: total }),
		seatsWord: m('chart_seats_word', { n: total }),
		methodLabels: {
			list: m('chart_method_seat_list'),
			smd: m('chart_method_seat_smd'),
			assembly: m('chart_method_seat_assembly')
		},
		parties,
		legend: legend.items,
		...(options.fontSize === undefined ? {} : { fontSize })
	};
}

/** The numbers behind a hemicycle, one row per party, for CSV export. */
export function hemicycleTable(h: HemicycleData): ChartTable {
	return {
		columns: [
			'party_id',
			'party',
			'party_list_seats',
			'single_mandate_seats',
			'assembly_seats',
			'total_seats'
		],
		rows: h.parties.map((p) => [p.id, p.name, p.list, p.smd, p.assembly, p.total])
	};
}

/**
 * A party's seats grouped by how they were won, in order of first appearance: the component
 * writes each group's paint and tooltip once instead of on every seat.
 */
export function byMethod(seats: HemicycleSeat[]): [HemicycleSeat['method'], HemicycleSeat[]][] {
	const groups: [HemicycleSeat['method'], HemicycleSeat[]][] = [];
	for (const seat of seats) {
		const group = groups.find(([method]) => method === seat.method);
		if (group) group[1].push(seat);
		else groups.push([seat.method, [seat]]);
	}
	return groups;
}
