/**
 * National turnout at each Majilis election as columns on a 0-100% scale, the chosen election
 * highlighted. A missing figure is drawn as an empty dashed slot marked "no data", never as 0.
 * Runs at build time; the component only draws.
 */
import type { Lang } from '$lib/data/types';
import { translator } from '$lib/i18n/text';
import { scaleBand, scaleLinear } from 'd3-scale';
import type { Election } from '$lib/data/types';
import { formatConvocation, formatInt, formatPct } from '$lib/format';
import { round2 } from '../round';
import { withNote, type PlacedNote } from '../legend';

export const CURRENT_COLOUR = '#0b5f8a';
/** Earlier elections: a muted blue-grey, 3.6:1 against white. */
export const EARLIER_COLOUR = '#6d8aa0';

export interface TurnoutColumn {
	id: string;
	year: number;
	convocation: string;
	pct: number | null;
	/** Other published figures for the same election exist (see the chart's notes). */
	flagged: boolean;
	current: boolean;
	x: number;
	width: number;
	/** Top of the column (for a missing value: of the empty slot). */
	y: number;
	height: number;
	/** Centre, for the labels. */
	cx: number;
	value: string;
	tip: string;
}

export interface TurnoutHistoryData {
	width: number;
	height: number;
	fontSize: number;
	x0: number;
	x1: number;
	baseY: number;
	grid: { y: number; label: string }[];
	columns: TurnoutColumn[];
	/** A footnote drawn under the chart in the standalone file. */
	note?: PlacedNote;
}

const WIDTH = 400;
const FONT = 13;
const TOP = 24;
const PLOT = 200;
/** Height of the dashed slot that stands for a missing figure. */
const MISSING_SLOT = 36;

/**
 * @param elections in any order; drawn oldest first
 * @param currentId the election to highlight
 */
export function buildTurnoutHistory(
	elections: Election[],
	currentId: string,
	lang: Lang = 'en'
): TurnoutHistoryData {
	const m = translator(lang);
	const sorted = [...elections].sort((a, b) => a.year - b.year);
	const x0 = 48;
	const x1 = WIDTH - 8;
	const baseY = TOP + PLOT;
	const y = scaleLinear().domain([0, 100]).range([baseY, TOP]);
	const band = scaleBand<string>()
		.domain(sorted.map((e) => e.id))
		.range([x0, x1])
		.paddingInner(0.3)
		.paddingOuter(0.15);
	const width = round2(band.bandwidth());

	const columns = sorted.map((e): TurnoutColumn => {
		const x = round2(band(e.id)!);
		const pct = e.turnoutPct;
		const flagged = e.turnoutAlternatives.length > 0;
		const top = pct === null ? baseY - MISSING_SLOT : round2(y(pct));
		const convocation = m('chart_convocation', {
			convocation: formatConvocation(e.convocation, lang)
		});
		const details = [
			e.registeredVoters === null
				? ''
				: m('chart_registered', { n: formatInt(e.registeredVoters, lang) }),
			e.ballotsCast === null ? '' : m('chart_ballots', { n: formatInt(e.ballotsCast, lang) })
		].filter(Boolean);
		return {
			id: e.id,
			year: e.year,
			convocation,
			pct,
			flagged,
			current: e.id === currentId,
			x,
			width,
			y: top,
			height: round2(baseY - top),
			cx: round2(x + width / 2),
			value: pct === null ? m('chart_no_data') : `${formatPct(pct, 2, lang)}${flagged ? '*' : ''}`,
			tip: [
				`${e.year}, ${convocation}`,
				pct === null
					? m('chart_turnout_missing')
					: m('chart_turnout', { pct: formatPct(pct, 2, lang) }),
				details.join(', '),
				...e.turnoutAlternatives.map((a) =>
					m('chart_also_published', { value: asWritten(a.value, lang) })
				)
			]
				.filter(Boolean)
				.join('\n')
		};
	});
	const data: TurnoutHistoryData = {
		width: WIDTH,
		height: baseY + FONT + 12,
		fontSize: FONT,
		x0,
		x1,
		baseY,
		grid: [0, 25, 50, 75, 100].map((v) => ({ y: round2(y(v)), label: formatPct(v, 0, lang) })),
		columns
	};
	const flagged = sorted.filter((e) => e.turnoutAlternatives.length);
	if (!flagged.length) return data;
	const others = flagged.map(
		(e) => `${e.year}: ${e.turnoutAlternatives.map((a) => asWritten(a.value, lang)).join(', ')}`
	);
	return withNote(data, m('chart_other_figures', { list: others.join('; ') }));
}

/** A published percentage with as many decimals as it was written with: "68.4" → 68.4% (ru: 68,4 %). */
export function asWritten(value: number | string, lang: Lang = 'en'): string {
	const digits = (String(value).split('.')[1] ?? '').length;
	return formatPct(Number(value), digits, lang);
}
