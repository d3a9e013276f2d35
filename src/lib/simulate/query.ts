/**
 * The simulator's state in the address bar: ?e=2023&t=7&m=hare&c=mixed&s=membership, or
 * ?c=kurultai for the Kurultai design (its own threshold and formula unless t and m say otherwise).
 * Reading never fails: a value that is missing takes the election's own rule, and a value that
 * is wrong does too, with a note that says what was ignored and why.
 */
import type { Lang } from '$lib/data/types';
import { isMethod, METHODS } from '$lib/electoral/allocate';
import {
	designsFor,
	electedSettings,
	findElection,
	formatThreshold,
	THRESHOLD_MAX,
	THRESHOLD_MIN,
	type Design,
	type Settings,
	type SimInput,
	type SmdCount,
	withDesign
} from './model';
import { simText, thresholdText } from './text';

export interface ParsedQuery {
	settings: Settings;
	/** One sentence per ignored or adjusted value, for the reader. */
	notes: string[];
}

const SMD_COUNTS = ['membership', 'nomination'] as const satisfies readonly SmdCount[];

/** Reads the address; the notes are written in `lang`. */
export function parseQuery(
	input: SimInput,
	params: URLSearchParams,
	lang: Lang = 'en'
): ParsedQuery {
	const w = simText(lang);
	const notes: string[] = [];
	const ignore = (key: string, value: string, why: string) =>
		notes.push(w.ignored(key, value.length > 24 ? `${value.slice(0, 24)}…` : value, why));

	let election = input.elections[0]!;
	const e = params.get('e');
	if (e !== null) {
		const found = findElection(input, e);
		const omitted = input.omitted.find((o) => o.id === e);
		if (found) election = found;
		else
			ignore(
				'e',
				e,
				omitted
					? w.omittedShowing(omitted.reason, election.id)
					: w.badElection(input.elections.map((x) => x.id).join(', '), election.id)
			);
	}
	let settings = electedSettings(election);

	// The design first: one with rules of its own (the Kurultai) brings its threshold and formula,
	// which t and m below may still change. Its note keeps its place in the address's order.
	const c = params.get('c');
	let designNote = () => {};
	if (c !== null) {
		const open = designsFor(election);
		if ((open as string[]).includes(c)) settings = withDesign(input, settings, c as Design);
		else
			designNote = () =>
				ignore(
					'c',
					c,
					c === 'mixed' ? w.noMixed(election.id) : w.badDesign(open.join(', '), election.id)
				);
	}

	const t = params.get('t');
	if (t !== null) {
		const value = /^\s*\d+(\.\d*)?\s*$/.test(t) ? Number(t) : NaN;
		if (value >= THRESHOLD_MIN && value <= THRESHOLD_MAX) {
			settings.thresholdPct = Math.round(value * 10) / 10;
			if (settings.thresholdPct !== value) notes.push(w.rounded(t, thresholdText(value, lang)));
		} else
			ignore(
				't',
				t,
				w.badThreshold(
					THRESHOLD_MIN,
					THRESHOLD_MAX,
					election.id,
					thresholdText(settings.thresholdPct, lang),
					settings.design
				)
			);
	}

	const m = params.get('m');
	if (m !== null) {
		if (isMethod(m)) settings.method = m;
		else ignore('m', m, w.badMethod(METHODS.join(', ')));
	}

	designNote();

	const s = params.get('s');
	if (s !== null && election.smdViews) {
		if ((SMD_COUNTS as readonly string[]).includes(s)) settings.smd = s as SmdCount;
		else ignore('s', s, w.badSmd(SMD_COUNTS));
	}
	return { settings, notes };
}

/** The address for these settings; `s` only where it matters (2023). */
export function toQuery(input: SimInput, settings: Settings): string {
	const params = new URLSearchParams({
		e: settings.election,
		t: formatThreshold(settings.thresholdPct),
		m: settings.method,
		c: settings.design
	});
	if (findElection(input, settings.election)?.smdViews) params.set('s', settings.smd);
	return params.toString();
}
