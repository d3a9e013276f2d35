/**
 * Diverging bars of the change per party between two chambers: one bar in seats and one in share
 * of the chamber (percentage points), on one shared scale, so that a party that lost 13 seats of
 * a chamber that also shrank shows a shorter share bar than seat bar. Pure arithmetic with no d3,
 * because the compare page rebuilds it in the browser when the reader picks another pair.
 */
import type { Lang } from '../../data/types';
import { translator } from '../../i18n/text';
import { formatPct } from '$lib/format';
import { textWidth } from '../wrap';

export type RowKind = 'party' | 'self' | 'assembly';

export interface SeatChangeInput {
	id: string;
	name: string;
	/** Former names, mergers: shown after the name. */
	note: string | null;
	colour: string;
	kind: RowKind;
	seatsA: number;
	seatsB: number;
	/** Percent of each chamber. */
	shareA: number;
	shareB: number;
}

export interface Bar {
	x: number;
	w: number;
	/** The change as printed: "−13", "−6.7 pts". */
	label: string;
	/** Where the label goes: just past the end of the bar. */
	lx: number;
	anchor: 'start' | 'end';
}

export interface SeatChangeRow extends SeatChangeInput {
	/** Baseline of the name line. */
	y: number;
	/** Baseline of the note when it does not fit beside the name, else null. */
	noteY: number | null;
	/** Top of the seats bar line; the share bar line follows (see barY). */
	barsY: number;
	change: number;
	/** Rounded to one decimal, as printed. */
	shareChange: number;
	/** "76 → 63 seats" and "71.0% → 64.3%". */
	seatsText: string;
	shareText: string;
	seats: Bar;
	share: Bar;
	tip: string;
}

export type LegendKey = 'seats' | 'share' | 'assembly';

export interface SeatChangeData {
	width: number;
	height: number;
	a: string;
	b: string;
	heading: string;
	legend: { key: LegendKey; label: string; x: number; y: number }[];
	zero: number;
	tickY: number;
	/** "2021 → 2023", over the column of before and after values. */
	columnLabel: string;
	/** Vertical extent of the grid. */
	gridTop: number;
	gridBottom: number;
	ticks: { x: number; label: string }[];
	rows: SeatChangeRow[];
	/** The line above the rows that are not party seats, if any. */
	divider: { y: number; label: string } | null;
}

/** Narrow enough that the text stays readable when a phone shrinks the chart to 330 pixels. */
export const WIDTH = 400;
/** Left column: "76 → 63 seats" and "71.0% → 64.3%". Bars and their change labels share the rest. */
const LEFT = 114;
const LABEL_ROOM = 44;
const NAME = 18;
const NOTE_LINE = 15;
/** Height of each of the two bar lines under a name. */
export const SUB = 19;
export const BAR = 12;
const GAP = 12;
const DIVIDER = 26;

const round = (v: number) => Math.round(v * 100) / 100;

/** "+6", "−13", "0"; with digits, "−6.7", "0.0" (a decimal comma in Kazakh and Russian). */
export function signed(v: number, digits = 0, lang: Lang = 'en'): string {
	const text = Math.abs(v).toFixed(digits);
	const local = (t: string) => (lang === 'en' ? t : t.replace('.', ','));
	if (Number(text) === 0) return local((0).toFixed(digits));
	return `${v < 0 ? '−' : '+'}${local(text)}`;
}

/** "71.0%"; "71,0 %" in Russian, "71,0%" in Kazakh. */
export function pct1(v: number, lang: Lang = 'en'): string {
	return lang === 'en' ? `${v.toFixed(1)}%` : formatPct(v, 1, lang);
}

/** Top of bar `i` (0 = seats, 1 = share) of a row whose bar lines start at `barsY`. */
export function barY(barsY: number, i: 0 | 1): number {
	return round(barsY + SUB * i + (SUB - BAR) / 2);
}

/** A symmetric domain [-max, max] on a step of 1, 2, 5, 10, 20, 25, 50 or 100, three steps a side at most. */
export function niceDomain(m: number): { max: number; step: number } {
	const need = Math.max(m, 1);
	const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => need / s <= 3) ?? 100;
	return { max: Math.ceil(need / step) * step, step };
}

/** Estimated width of a bold 13px name and a 12px " · note" after it. */
function nameWidth(name: string, note: string): number {
	return textWidth(name, 13) * 1.08 + textWidth(` · ${note}`, 12);
}

function layoutLegend(
	keys: LegendKey[],
	labels: Record<LegendKey, string>
): { items: SeatChangeData['legend']; bottom: number } {
	let x = 12;
	let y = 44;
	const items = keys.map((key) => {
		const w = 20 + textWidth(labels[key]) + 18;
		if (x > 12 && x + w > WIDTH - 8) {
			x = 12;
			y += 20;
		}
		const item = { key, label: labels[key], x, y };
		x += w;
		return item;
	});
	return { items, bottom: y };
}

export function buildSeatChange(
	input: SeatChangeInput[],
	chamber: { a: string; b: string; seatsA: number; seatsB: number },
	lang: Lang = 'en'
): SeatChangeData {
	const m = translator(lang);
	const legendLabels: Record<LegendKey, string> = {
		seats: m('sc_legend_seats'),
		share: m('sc_legend_share'),
		assembly: m('sc_legend_assembly')
	};
	const sign = (v: number, digits = 0) => signed(v, digits, lang);
	const pct = (v: number) => pct1(v, lang);
	const measured = input.map((r) => ({
		...r,
		change: r.seatsB - r.seatsA,
		shareChange: Number((r.shareB - r.shareA).toFixed(1))
	}));
	const largest = Math.max(
		0,
		...measured.flatMap((r) => [Math.abs(r.change), Math.abs(r.shareChange)])
	);
	const { max, step } = niceDomain(largest);
	const lo = LEFT + LABEL_ROOM;
	const hi = WIDTH - LABEL_ROOM;
	const zero = round((lo + hi) / 2);
	const k = (hi - lo) / 2 / max;
	const bar = (v: number, label: string): Bar => {
		const end = zero + v * k;
		return {
			x: round(Math.min(zero, end)),
			w: round(Math.abs(v * k)),
			label,
			lx: round(v < 0 ? end - 5 : end + 5),
			anchor: v < 0 ? 'end' : 'start'
		};
	};

	const legend = layoutLegend(
		[
			'seats',
			'share',
			...(measured.some((r) => r.kind === 'assembly') ? (['assembly'] as const) : [])
		],
		legendLabels
	);
	const tickY = legend.bottom + 30;
	const top = tickY + 14;
	let y = top;
	let divider: SeatChangeData['divider'] = null;
	const rows: SeatChangeRow[] = measured.map((r, i) => {
		if (r.kind !== 'party' && !divider && i > 0) {
			divider = { y: y + 4, label: m('sc_outside') };
			y += DIVIDER;
		}
		const wide = r.note !== null && nameWidth(r.name, r.note) > WIDTH - 20;
		const row: SeatChangeRow = {
			...r,
			y: y + 13,
			noteY: wide ? y + 13 + NOTE_LINE : null,
			barsY: y + 17 + (wide ? NOTE_LINE : 0),
			seatsText: m('sc_seats_text', { a: r.seatsA, b: r.seatsB }),
			shareText: `${pct(r.shareA)} → ${pct(r.shareB)}`,
			seats: bar(r.change, sign(r.change)),
			share: bar(r.shareChange, sign(r.shareChange, 1)),
			tip: [
				`${r.name}${r.note ? ` (${r.note})` : ''}`,
				m('sc_seats_tip', { ...chamber, x: r.seatsA, y: r.seatsB, change: sign(r.change) }),
				m('sc_share_tip', {
					x: pct(r.shareA),
					y: pct(r.shareB),
					change: sign(r.shareChange, 1)
				})
			].join('\n')
		};
		y += NAME + 2 * SUB + GAP + (wide ? NOTE_LINE : 0);
		return row;
	});

	const ticks = [];
	for (let v = -max; v <= max; v += step) ticks.push({ x: round(zero + v * k), label: signed(v) });
	const delta = chamber.seatsB - chamber.seatsA;
	return {
		width: WIDTH,
		height: y,
		a: chamber.a,
		b: chamber.b,
		heading: m('sc_heading', { ...chamber, delta: delta ? ` (${sign(delta)})` : '' }),
		legend: legend.items,
		zero,
		tickY,
		columnLabel: `${chamber.a} → ${chamber.b}`,
		gridTop: top - 6,
		gridBottom: y - GAP,
		ticks,
		rows,
		divider
	};
}
