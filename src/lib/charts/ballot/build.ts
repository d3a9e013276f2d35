/**
 * One vote's options as horizontal bars: candidates or answers by share, largest first, and the
 * rows that are no candidate or answer ('against all', invalid ballots) apart below a rule. The
 * base of the shares is written under the axis. Runs at build time; BallotBars.svelte draws it.
 */
import type { Lang } from '$lib/data/types';
import type { NationalVote, VoteOption } from '$lib/data/national-votes';
import { formatInt, formatPct } from '$lib/format';
import { catalogue } from '$lib/i18n/text';
import { barScale, type Tick } from '../bar-scale';
import { tint } from '../contrast';
import { round2 } from '../round';
import { textWidth, wrapText } from '../wrap';
import { AGAINST_ALL_COLOUR } from '../vote-share/build';
import { isApart, shareBase, winnerOf, type ShareBase } from './facts';
import type raw from './messages.json';
import compiled from './messages.json?icu&server';

export const ballotWords = catalogue<keyof typeof raw.en>(compiled);

/** Our word for an option the data names in English ("Yes", "Against all"), or null for a name. */
const OPTION_KEYS: [RegExp, string][] = [
	[/^yes$/i, 'yes'],
	[/^no$/i, 'no'],
	[/^against all$/i, 'against_all'],
	[/^against$/i, 'against'],
	[/^invalid\/blank$/i, 'invalid_blank'],
	[/^invalid$/i, 'invalid'],
	[/^both options marked$/i, 'both'],
	[/non-established form/i, 'non_established']
];

export function optionKey(o: VoteOption): string | null {
	return OPTION_KEYS.find(([re]) => re.test(o.option))?.[1] ?? null;
}

/** The option as the page shows it, and whether the name stays English (a candidate's name). */
export function optionLabel(o: VoteOption, lang: Lang): { text: string; english: boolean } {
	const key = optionKey(o);
	if (key) return { text: ballotWords(lang)('opt', { opt: key }), english: false };
	return { text: o.option, english: lang !== 'en' };
}

/** A slug of the option for data-* attributes and the CSV ("kassym-jomart-tokayev"). */
export const optionId = (o: VoteOption) =>
	o.option
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

export interface BallotBar {
	id: string;
	label: string;
	/** The label as drawn: one line, or two where it is long. */
	labelLines: string[];
	/** The label is a name in English on a Kazakh or Russian page (lang="en"). */
	english: boolean;
	/** The share as the source states it, or null. */
	pct: number | null;
	votes: number | null;
	winner: boolean;
	fill: string;
	y: number;
	labelY: number;
	x1: number;
	value: string;
	valueX: number;
	tip: string;
}

export interface BallotBarsData {
	width: number;
	height: number;
	fontSize: number;
	x0: number;
	barHeight: number;
	bars: BallotBar[];
	apart: BallotBar[];
	/** y of the rule between the answers and the rows set apart, or null without such rows. */
	separatorY: number | null;
	ticks: (Tick & { label: string })[];
	gridTop: number;
	axisY: number;
	/** What the shares are of, wrapped under the axis. */
	baseLines: { text: string; y: number }[];
}

const WIDTH = 440;
const FONT = 13;
const BAR = 20;
const STEP = 30;
const TOP = 12;
const VALUE_ROOM = 136;
/** The widest a label runs before it wraps. */
const MAX_LABEL = 170;
/** Line height of a label on several lines (as BallotBars.svelte draws it). */
export const LINE = 14;
const LABEL_DY = BAR / 2 + FONT / 3;
const MAIN = '#0077BB';
const YES_NO: Record<string, string> = { yes: '#0077BB', no: '#EE7733' };

export interface BallotView {
	data: BallotBarsData;
	base: ShareBase;
	/** The base sentence, as under the axis. */
	baseText: string;
}

export function buildBallotBars(vote: NationalVote, lang: Lang): BallotView {
	const say = ballotWords(lang);
	const { base, total } = shareBase(vote);
	const winner = vote.kind === 'presidential' ? winnerOf(vote) : null;
	// Where a share is not stated, the bar is drawn from the count, of the total the others are of.
	const length = (o: VoteOption) =>
		o.pct ?? (o.votes !== null && total ? (o.votes / total) * 100 : 0);
	const main = vote.options.filter((o) => !isApart(o)).sort((a, b) => length(b) - length(a));
	const apart = vote.options.filter(isApart).sort((a, b) => length(b) - length(a));
	// A long label (a Kazakh or Russian ballot category) goes onto two lines, so that the bars keep
	// their room on a phone.
	const linesOf = (o: VoteOption) => {
		const { text } = optionLabel(o, lang);
		return textWidth(text, FONT) > MAX_LABEL ? wrapText(text, MAX_LABEL, FONT) : [text];
	};
	const widest = Math.max(
		...[...main, ...apart].flatMap(linesOf).map((line) => textWidth(line, FONT))
	);
	const x0 = Math.round(12 + widest + 10);
	const scale = barScale(Math.max(...vote.options.map(length)), x0, WIDTH - VALUE_ROOM, 2);

	const bar = (o: VoteOption, y: number, fill: string): BallotBar => {
		const { text, english } = optionLabel(o, lang);
		const pct = o.pct === null ? null : formatPct(o.pct, 2, lang);
		const votes = o.votes === null ? null : formatInt(o.votes, lang);
		// The share on the bar (the count is in the tooltip and the table): short enough for a phone.
		const plain = pct ? say('value_pct', { pct }) : votes ? say('value_votes', { votes }) : '–';
		const isWinner = o === winner;
		const x1 = scale.x(length(o));
		return {
			id: optionId(o),
			label: text,
			labelLines: linesOf(o),
			english,
			pct: o.pct,
			votes: o.votes,
			winner: isWinner,
			fill,
			y,
			labelY: round2(y + LABEL_DY),
			x1,
			value: isWinner ? say('winner', { value: plain }) : plain,
			valueX: round2(x1 + 6),
			tip: say('tip', { option: text, share: pct ?? 'none', votes: votes ?? 'none' })
		};
	};
	/** A row's step: STEP, or more for a label on three lines or more. */
	const stepOf = (o: VoteOption) => Math.max(STEP, linesOf(o).length * LINE + 4);
	let y = TOP;
	const bars = main.map((o) => {
		const key = optionKey(o);
		const colour = key ? (YES_NO[key] ?? MAIN) : MAIN;
		const fill = vote.kind === 'presidential' && o !== winner ? tint(MAIN, 0.45) : colour;
		const top = y + (stepOf(o) - STEP) / 2;
		y += stepOf(o);
		return bar(o, top, fill);
	});
	y -= STEP - BAR;
	let separatorY: number | null = null;
	const apartBars: BallotBar[] = [];
	if (apart.length) {
		separatorY = y + 12;
		y = separatorY + 12;
		for (const o of apart) {
			apartBars.push(bar(o, y + (stepOf(o) - STEP) / 2, AGAINST_ALL_COLOUR));
			y += stepOf(o);
		}
		y -= STEP - BAR;
	}
	const axisY = y + 8 + FONT;
	const baseText = [
		say('base', { base, kind: vote.kind, total: total === null ? '' : formatInt(total, lang) }),
		...(vote.options.some((o) => o.pct === null && o.votes !== null) && total
			? [say('no_share')]
			: [])
	].join(' ');
	const baseLines = wrapText(baseText, WIDTH - 24, FONT - 1).map((text, i) => ({
		text,
		y: axisY + 22 + i * 16
	}));
	return {
		base,
		baseText,
		data: {
			width: WIDTH,
			height: Math.round(axisY + 22 + (baseLines.length - 1) * 16 + 10),
			fontSize: FONT,
			x0,
			barHeight: BAR,
			bars,
			apart: apartBars,
			separatorY,
			ticks: scale.ticks.map((t) => ({ ...t, label: formatPct(t.value, 0, lang) })),
			gridTop: TOP - 6,
			axisY: round2(axisY),
			baseLines
		}
	};
}
