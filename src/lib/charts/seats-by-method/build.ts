/**
 * Seats per party split by how they were won: a stacked horizontal bar per party, party-list
 * seats filled, single-mandate seats outlined (as the hemicycle draws them: dots and rings), with
 * the majority line. Runs at build time; the component only draws.
 */
import type { Lang } from '$lib/data/types';
import { translator } from '$lib/i18n/text';
import type { PartySeats } from '$lib/data/derive';
import { majority as majorityOf } from '$lib/data/derive';
import { seatingRank, partyColour, shortName } from '$lib/parties/style';
import type { PlacedLegendItem, PlacedNote } from '../legend';
import { textWidth } from '../wrap';
import { textOn, tint } from '../contrast';
import {
	BAR,
	barScale,
	type Tick,
	FONT,
	LABEL_DY,
	LEGEND_GREY,
	legendUnderAxis,
	STEP,
	TOP,
	WIDTH
} from '../bar-scale';
import { round2 } from '../round';

export interface Segment {
	x: number;
	width: number;
	value: number;
	/** The count written inside the segment, when it is wide enough and the bar has two parts. */
	label: { x: number; fill: string } | null;
}

export interface MethodRow {
	id: string;
	label: string;
	colour: string;
	/** Opaque pale tint of the colour, the fill of single-mandate seats. */
	pale: string;
	list: number;
	smd: number;
	total: number;
	y: number;
	labelY: number;
	listSeg: Segment | null;
	smdSeg: Segment | null;
	/** Where the total is written, after the bar. */
	totalX: number;
	tip: string;
}

export interface SeatsByMethodData {
	width: number;
	height: number;
	fontSize: number;
	x0: number;
	barHeight: number;
	rows: MethodRow[];
	ticks: Tick[];
	axisY: number;
	majority: { value: number; x: number; y1: number; y2: number; label: string };
	legend: PlacedLegendItem[];
	/** A footnote drawn under the chart in the standalone file. */
	note?: PlacedNote;
}

/** A count under another rule, shown in the tooltip beside the one drawn. */
export interface AlternativeCount {
	/** "by nomination (CEC)" */
	label: string;
	rows: PartySeats[];
}

const VALUE_ROOM = 40;
/** A segment narrower than this has no count written inside. */
const MIN_LABEL_WIDTH = 26;
/** Strength of the pale tint that fills single-mandate seats. */
export const PALE = 0.25;
/** Seats that belong to no party list go last, whatever their number. */
const NON_PARTY = new Set(['independents', 'apk']);

/**
 * @param rows seats per party (see seatsByParty); drawn largest first
 * @param smdLabel what the single-mandate counts are, e.g. "Single-mandate (by membership)"
 * @param alternative the same seats counted another way, named in each tooltip where it differs
 */
export function buildSeatsByMethod(
	rows: PartySeats[],
	smdLabel?: string,
	alternative?: AlternativeCount,
	names?: (id: string) => string,
	lang: Lang = 'en'
): SeatsByMethodData {
	const m = translator(lang);
	const nameOf = names ?? ((id: string) => shortName(id, lang));
	const sorted = rows
		.filter((r) => r.list + r.smd > 0)
		.sort(
			(a, b) =>
				Number(NON_PARTY.has(a.partyId)) - Number(NON_PARTY.has(b.partyId)) ||
				b.list + b.smd - (a.list + a.smd) ||
				seatingRank(a.partyId) - seatingRank(b.partyId)
		);
	const chamber = rows.reduce((s, r) => s + r.total, 0);
	const majority = majorityOf(chamber);
	const x0 = Math.round(
		12 + Math.max(...sorted.map((r) => textWidth(nameOf(r.partyId), FONT))) + 10
	);
	const largest = Math.max(majority, ...sorted.map((r) => r.list + r.smd));
	const scale = barScale(largest, x0, WIDTH - VALUE_ROOM);

	const out: MethodRow[] = sorted.map((r, i) => {
		const colour = partyColour(r.partyId);
		const pale = tint(colour, PALE);
		const total = r.list + r.smd;
		const split = r.list > 0 && r.smd > 0;
		const segment = (from: number, value: number, fill: string): Segment | null => {
			if (value === 0) return null;
			const x = scale.x(from);
			const width = round2(scale.x(from + value) - x);
			const label =
				split && width >= MIN_LABEL_WIDTH ? { x: round2(x + width / 2), fill: textOn(fill) } : null;
			return { x, width, value, label };
		};
		const name = nameOf(r.partyId);
		const alt = alternative?.rows.find((a) => a.partyId === r.partyId);
		const altLine =
			alternative && (alt?.smd ?? 0) !== r.smd
				? m('chart_alternative_seats', {
						label: alternative.label,
						smd: alt?.smd ?? 0,
						all: (alt?.list ?? 0) + (alt?.smd ?? 0)
					})
				: '';
		return {
			id: r.partyId,
			label: name,
			colour,
			pale,
			list: r.list,
			smd: r.smd,
			total,
			y: TOP + i * STEP,
			labelY: round2(TOP + i * STEP + LABEL_DY),
			listSeg: segment(0, r.list, colour),
			smdSeg: segment(r.list, r.smd, pale),
			totalX: round2(scale.x(total) + 6),
			tip: [
				name,
				split
					? m('chart_split_seats', { total, list: r.list, smd: r.smd })
					: m(r.smd ? 'chart_only_seats_smd' : 'chart_only_seats_list', { n: total }),
				altLine
			]
				.filter(Boolean)
				.join('\n')
		};
	});
	const end = TOP + out.length * STEP - (STEP - BAR);
	const axisY = end + 8 + FONT;
	const legend = legendUnderAxis(
		[
			{ key: 'list', label: m('chart_method_key_list'), colour: LEGEND_GREY, shape: 'square' },
			{
				key: 'smd',
				label: smdLabel ?? m('chart_method_key_smd'),
				colour: LEGEND_GREY,
				shape: 'outline'
			}
		],
		axisY
	);
	return {
		width: WIDTH,
		height: legend.height,
		fontSize: FONT,
		x0,
		barHeight: BAR,
		rows: out,
		ticks: scale.ticks,
		axisY,
		majority: {
			value: majority,
			x: scale.x(majority),
			y1: TOP - 6,
			y2: end + 4,
			label: m('chart_majority', { value: majority, of: chamber })
		},
		legend: legend.items
	};
}
