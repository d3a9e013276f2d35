/**
 * The ruling party's seat share and party-list vote share, and national turnout, election by
 * election, with the periods of each electoral system shaded and labelled. Runs at build time:
 * d3 places the points and draws the lines, the component only writes the markup.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import type { Lang } from '$lib/data/types';
import { formatPct } from '$lib/format';
import { translator } from '$lib/i18n/text';
import { textWidth } from '../wrap';

export type SeriesId = 'seats' | 'votes' | 'turnout';

export interface HistoryInput {
	id: string;
	date: string;
	/** What the ruling party was called at this election: "Nur Otan". */
	partyName: string;
	/** Percent; null when the data has no value. */
	seats: number | null;
	votes: number | null;
	turnout: number | null;
	/** Tooltip lines beyond the three values (seat counts, alternative counts). */
	detail: string[];
	/** The electoral system in two short lines, ["mixed", "10 party-list + 67 district seats"]; the years are added. */
	system: [string, string];
}

export interface HistoryPoint {
	id: string;
	x: number;
	partyName: string;
	/** True where the party stood under a new name: the axis names it only there. */
	renamed: boolean;
	/** Where the year (and name) is written under the axis: at x, unless neighbours are too close. */
	labelX: number;
	/** y per series, or null where the value is missing. */
	y: Record<SeriesId, number | null>;
	tip: string;
}

export interface HistoryData {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	yTicks: { y: number; label: string; strong: boolean }[];
	points: HistoryPoint[];
	/** Half-way between neighbouring elections: the hit area of each election's column. */
	columns: { id: string; x0: number; x1: number }[];
	series: { id: SeriesId; label: string; colour: string; dash: string | null; path: string }[];
	/** Direct labels at the last known value of each line, pushed apart so they never overlap. */
	endLabels: { id: SeriesId; label: string; value: string; x: number; y: number; colour: string }[];
	/** Periods of one electoral system: shaded band and a two-line label above the plot. */
	periods: {
		x0: number;
		x1: number;
		shade: boolean;
		lines: [string, string];
		lx: number;
		ly: number;
	}[];
	/** Dashed lines where the system changed. */
	changes: { x: number; y0: number }[];
	/** True when some value is missing and drawn as a gap. */
	hasMissing: boolean;
}

export const SERIES: { id: SeriesId; label: string; colour: string; dash: string | null }[] = [
	{ id: 'seats', label: 'Seat share', colour: '#0077BB', dash: null },
	{ id: 'votes', label: 'Vote share', colour: '#CC3311', dash: '7 4' },
	{ id: 'turnout', label: 'Turnout', colour: '#4f5b66', dash: '2 3' }
];

/** Narrow enough that the text stays readable when a phone shrinks the chart to 330 pixels. */
const WIDTH = 460;
const LEFT = 42;
const RIGHT = 112;
const PLOT_HEIGHT = 230;
const SLOT = 34;
/** End labels are two lines (name, value). */
const LABEL_GAP = 31;
/** Space before the first and after the last election, in years. */
const PAD_YEARS = 0.6;

const round = (v: number) => Math.round(v * 100) / 100;
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** "54.2%"; in Kazakh and Russian with a decimal comma, as format.ts writes it. */
const pct1 = (v: number, lang: Lang) =>
	lang === 'en' ? `${v.toFixed(1)}%` : formatPct(v, 1, lang);

/** Moves labels apart so that neighbours are at least `gap` apart, keeping their order and staying in [lo, hi]. */
export function spread(ys: number[], gap: number, lo: number, hi: number): number[] {
	const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
	const out = order.map((o) => o.y);
	for (let k = 1; k < out.length; k++) out[k] = Math.max(out[k]!, out[k - 1]! + gap);
	const over = (out.at(-1) ?? hi) - hi;
	if (over > 0) for (let k = 0; k < out.length; k++) out[k]! -= over;
	for (let k = out.length - 2; k >= 0; k--) out[k] = Math.min(out[k]!, out[k + 1]! - gap);
	for (let k = 0; k < out.length; k++) out[k] = Math.max(out[k]!, lo);
	const result = new Array<number>(ys.length);
	order.forEach((o, k) => (result[o.i] = round(out[k]!)));
	return result;
}

export function buildHistory(input: HistoryInput[], lang: Lang = 'en'): HistoryData {
	if (!input.length) throw new Error('buildHistory needs at least one election');
	const m = translator(lang);
	const text = {
		end: { seats: m('hist_end_seats'), votes: m('hist_end_votes'), turnout: m('hist_end_turnout') },
		tip: { seats: m('hist_tip_seats'), votes: m('hist_tip_votes'), turnout: m('hist_tip_turnout') }
	};
	const pct = (v: number | null) => (v === null ? m('cmp_not_in_data') : pct1(v, lang));
	const dates = input.map((d) => utc(d.date));
	const first = dates[0]!;
	const last = dates.at(-1)!;
	const pad = PAD_YEARS * 365.25 * 24 * 3600 * 1000;

	// Periods of one system, then their labels packed into as few rows as do not overlap.
	const periods: { from: number; to: number; lines: [string, string] }[] = [];
	input.forEach((d, i) => {
		const prev = periods.at(-1);
		if (prev && prev.lines.join() === d.system.join()) prev.to = i;
		else periods.push({ from: i, to: i, lines: d.system });
	});
	const x = scaleUtc()
		.domain([new Date(+first - pad), new Date(+last + pad)])
		.range([LEFT, WIDTH - RIGHT]);
	const edge = (i: number) =>
		i <= 0 ? LEFT : i >= input.length ? WIDTH - RIGHT : (x(dates[i - 1]!) + x(dates[i]!)) / 2;
	const slots: number[] = [];
	const placed = periods.map((p) => {
		const x0 = edge(p.from);
		const years = p.from === p.to ? input[p.from]!.id : `${input[p.from]!.id}–${input[p.to]!.id}`;
		const lines: [string, string] = [`${years}: ${p.lines[0]}`, p.lines[1]];
		const w = Math.max(...lines.map((l, k) => textWidth(l, k ? 12 : 13) * (k ? 1 : 1.08))) + 4;
		const lx = Math.min(x0 + 6, WIDTH - 4 - w);
		let slot = slots.findIndex((end) => end < lx);
		if (slot === -1) slot = slots.push(0) - 1;
		slots[slot] = lx + w + 8;
		// A label pushed left of its band sits above the band's start line instead of beside it.
		return { lines, x0, x1: edge(p.to + 1), lx, slot, shifted: lx < x0 + 6 };
	});
	const top = slots.length * SLOT + 14;
	const bottom = top + PLOT_HEIGHT;
	const y = scaleLinear().domain([0, 100]).range([bottom, top]);

	const renamed = input.map((d, i) => i === 0 || d.partyName !== input[i - 1]!.partyName);
	const labelWidth = input.map((d, i) =>
		Math.max(textWidth(d.id, 13) * 1.08, renamed[i] ? textWidth(d.partyName, 12) : 0)
	);
	const labelGap = Math.max(0, ...labelWidth.slice(1).map((w, i) => (w + labelWidth[i]!) / 2 + 6));
	const labelX = spread(
		dates.map((d) => x(d)),
		labelGap,
		LEFT,
		WIDTH - 4 - labelWidth.at(-1)! / 2
	);
	const points: HistoryPoint[] = input.map((d, i) => ({
		id: d.id,
		x: round(x(dates[i]!)),
		partyName: d.partyName,
		renamed: renamed[i]!,
		labelX: labelX[i]!,
		y: {
			seats: d.seats === null ? null : round(y(d.seats)),
			votes: d.votes === null ? null : round(y(d.votes)),
			turnout: d.turnout === null ? null : round(y(d.turnout))
		},
		tip: [
			`${d.id} · ${d.partyName}`,
			`${text.tip.seats}: ${pct(d.seats)}`,
			`${text.tip.votes}: ${pct(d.votes)}`,
			`${text.tip.turnout}: ${pct(d.turnout)}`,
			...d.detail
		].join('\n')
	}));

	const series = SERIES.map((s) => ({
		...s,
		label: text.end[s.id],
		path:
			line<HistoryPoint>()
				.defined((p) => p.y[s.id] !== null)
				.x((p) => p.x)
				.y((p) => p.y[s.id]!)
				.digits(2)(points) ?? ''
	}));

	const ends = SERIES.map((s) => {
		const k = input.findLastIndex((d) => d[s.id] !== null);
		return k === -1 ? null : { s, value: input[k]![s.id]!, y: points[k]!.y[s.id]! };
	}).filter((e) => e !== null);
	const ys = spread(
		ends.map((e) => e.y),
		LABEL_GAP,
		top + 4,
		bottom - 14
	);
	const endLabels = ends.map((e, i) => ({
		id: e.s.id,
		label: text.end[e.s.id],
		value: pct1(e.value, lang),
		x: WIDTH - RIGHT + 8,
		y: ys[i]!,
		colour: e.s.colour
	}));

	return {
		width: WIDTH,
		height: bottom + 44,
		plot: { left: LEFT, right: WIDTH - RIGHT, top, bottom },
		yTicks: [0, 25, 50, 75, 100].map((v) => ({
			y: round(y(v)),
			label: lang === 'en' ? `${v}%` : formatPct(v, 0, lang),
			strong: v === 50
		})),
		points,
		columns: points.map((p, i) => ({ id: p.id, x0: round(edge(i)), x1: round(edge(i + 1)) })),
		series,
		endLabels,
		periods: placed.map(({ lines, x0, x1, lx, slot }, i) => ({
			x0: round(x0),
			x1: round(x1),
			shade: i % 2 === 1,
			lines,
			lx: round(lx),
			ly: 14 + slot * SLOT
		})),
		changes: placed.slice(1).map(({ x0, slot, shifted }) => ({
			x: round(x0),
			y0: 14 + slot * SLOT + (shifted ? 20 : -12)
		})),
		hasMissing: input.some((d) => d.seats === null || d.votes === null || d.turnout === null)
	};
}
