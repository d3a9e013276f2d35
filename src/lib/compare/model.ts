/**
 * Everything the compare page shows for a pair of elections, built from a compact model of the
 * six chambers. The model is made once at build time (src/lib/pages/compare.ts); the functions
 * here are pure and small, so the page can rebuild the view in the browser when the reader picks
 * another pair, and the prerendered pair pages and chart files run the very same code.
 */
import type { ChartMeta } from '$lib/charts/ChartSvg.svelte';
import type { PartySeats } from '$lib/data/derive';
import { majority, seatChanges } from '$lib/data/derive';
import type { Lang, SeatsByMethod } from '$lib/data/types';
import { buildHemicycle, type HemicycleData } from '$lib/charts/hemicycle/build';
import {
	buildSeatChange,
	pct1,
	signed,
	type RowKind,
	type SeatChangeData
} from '$lib/charts/seat-change/build';
import { partyColour, seatingRank } from '$lib/parties/style';
import { formatDate, formatPct } from '$lib/format';
import { DEFAULT_PAIR, samePair, type Pair } from './pair';
import { COMPARE_TEXT } from './text';

export interface CompareElection {
	id: string;
	date: string;
	convocation: number;
	seatsTotal: number;
	seatsByMethod: SeatsByMethod;
	turnoutPct: number | null;
	/** Seats per party in seating order; for 2023 the single-mandate seats by party membership. */
	seats: PartySeats[];
	/** Names at this election that differ from today's, per party id ("Nur Otan"). */
	formerNames: Record<string, string>;
	/** Another published count of the same chamber (2023: by nomination), per party id where it differs. */
	alternative: { label: string; seats: Record<string, number>; note: string } | null;
	/** Credits for this chamber's figures, "Publisher (date)", from data/. */
	sources: string[];
}

export interface CompareModel {
	/** The language of every name and sentence built from the model. */
	lang: Lang;
	/** Oldest first. */
	elections: CompareElection[];
	/** The site's current name per party id, in the model's language. */
	names: Record<string, string>;
	/** Parties that stood in the latest election: a renamed one is "now" its name, others "later". */
	current: string[];
	/** "merged into Otan (now Amanat) in 2006", per party id. */
	mergers: Record<string, string>;
}

/** The source line of a chart about these chambers. */
export function sourceOf(...elections: CompareElection[]): string {
	return [...new Set(elections.flatMap((e) => e.sources))].join('; ');
}

export interface Chart<D> {
	meta: ChartMeta;
	data: D;
}

export interface Side {
	election: CompareElection;
	/** "2021 (7th Majilis)", in the model's language */
	label: string;
	hemicycle: Chart<HemicycleData>;
	/** Display name per party id at this election: "Nur Otan (now Amanat)". */
	nameThen: (id: string) => string;
}

export interface Comparison {
	pair: Pair;
	a: Side;
	b: Side;
	seatChange: Chart<SeatChangeData>;
	/** Rows of the seat-change chart, for its table. */
	rows: SeatChangeData['rows'];
	/** A few sentences saying what changed, every figure from the data. */
	summary: string[];
}

export function election(model: CompareModel, id: string): CompareElection {
	const e = model.elections.find((x) => x.id === id);
	if (!e) throw new Error(`No election "${id}" in the compare model`);
	return e;
}

function kind(id: string): RowKind {
	return id === 'apk' ? 'assembly' : id === 'independents' ? 'self' : 'party';
}

/** "98 by party list and 9 chosen by the Assembly of the People" */
export function describeSystem(m: SeatsByMethod, lang: Lang = 'en'): string {
	const say = COMPARE_TEXT[lang].system;
	const parts = [
		m.list ? say.list(m.list) : '',
		m.smd ? say.smd(m.smd) : '',
		m.assembly ? say.assembly(m.assembly) : ''
	].filter(Boolean);
	return COMPARE_TEXT[lang].list(parts);
}

/**
 * "Nur Otan (now Amanat)" at an election where the party had another name, "Birlik (later Adal)"
 * for a party that did not stand in the latest election; else the party's name.
 */
function nameAt(model: CompareModel, e: CompareElection) {
	return (id: string) => {
		const now = model.names[id] ?? id;
		const then = e.formerNames[id];
		return then ? COMPARE_TEXT[model.lang].nameThen(then, now, model.current.includes(id)) : now;
	};
}

/** "then Nur Otan", "Otan in 2004, Nur Otan in 2016": what a party was called at either election. */
export function formerNote(
	model: CompareModel,
	id: string,
	a: CompareElection,
	b: CompareElection
): string | null {
	const say = COMPARE_TEXT[model.lang];
	const fa = a.formerNames[id];
	const fb = b.formerNames[id];
	const parts: string[] = [];
	if (fa && fb && fa === fb) parts.push(say.formerBoth(fa, a.id, b.id));
	else if (fa && !fb && a.date < b.date) parts.push(say.formerThen(fa));
	else {
		if (fa) parts.push(say.formerAt(fa, a.id));
		if (fb) parts.push(say.formerAt(fb, b.id));
	}
	const merger = model.mergers[id];
	if (merger) parts.push(merger);
	return parts.length ? parts.join('; ') : null;
}

export function chamberLabel(e: CompareElection, lang: Lang = 'en'): string {
	return COMPARE_TEXT[lang].chamberLabel(e.id, e.convocation);
}

/** The hemicycle of one chamber. `id` is the chart id: hemicycle-a/-b on the page, chamber-<year> as a file. */
export function hemicycle(
	model: CompareModel,
	e: CompareElection,
	id: string
): Chart<HemicycleData> {
	const { lang } = model;
	const say = COMPARE_TEXT[lang];
	const names = nameAt(model, e);
	const data = buildHemicycle(e.seats, names, { lang });
	const alt = e.alternative;
	const counted = alt
		? say.hemicycleCounted(
				Object.entries(alt.seats)
					.map(([p, n]) => `${names(p)} ${n}`)
					.join(', ')
			)
		: '';
	return {
		meta: {
			id,
			lang,
			title: say.hemicycleTitle(e.id, e.convocation, e.seatsTotal),
			desc: say.hemicycleDesc({
				date: formatDate(e.date, lang),
				parties: data.parties.map((p) => `${p.name} ${p.total}`).join(', '),
				system: describeSystem(e.seatsByMethod, lang),
				majority: data.majority,
				counted
			}),
			source: sourceOf(e)
		},
		data
	};
}

function side(model: CompareModel, id: string, chartId: string): Side {
	const e = election(model, id);
	return {
		election: e,
		label: chamberLabel(e, model.lang),
		hemicycle: hemicycle(model, e, chartId),
		nameThen: nameAt(model, e)
	};
}

/** The seat-change chart of a pair; `id` is seat-change on the page, seat-change-<a>-<b> as a file. */
export function seatChange(model: CompareModel, pair: Pair, id: string): Chart<SeatChangeData> {
	const a = election(model, pair.a);
	const b = election(model, pair.b);
	const changes = seatChanges(a.seats, a.seatsTotal, b.seats, b.seatsTotal, seatingRank);
	// Largest party first; seats outside the parties (self-nominated, Assembly) last.
	const order = [...changes].sort(
		(x, y) =>
			Number(kind(x.partyId) !== 'party') - Number(kind(y.partyId) !== 'party') ||
			Math.max(y.seatsA, y.seatsB) - Math.max(x.seatsA, x.seatsB)
	);
	const data = buildSeatChange(
		order.map((c) => ({
			id: c.partyId,
			name: model.names[c.partyId] ?? c.partyId,
			note: formerNote(model, c.partyId, a, b),
			colour: partyColour(c.partyId),
			kind: kind(c.partyId),
			seatsA: c.seatsA,
			seatsB: c.seatsB,
			shareA: c.shareA,
			shareB: c.shareB
		})),
		{ a: a.id, b: b.id, seatsA: a.seatsTotal, seatsB: b.seatsTotal },
		model.lang
	);
	const say = COMPARE_TEXT[model.lang];
	return {
		meta: {
			id,
			lang: model.lang,
			title: say.seatChangeTitle(a.id, b.id),
			desc: say.seatChangeDesc({
				a: a.id,
				b: b.id,
				convA: a.convocation,
				convB: b.convocation,
				seatsA: a.seatsTotal,
				seatsB: b.seatsTotal,
				rows: data.rows.map((r) => `${r.name} ${r.seatsText} (${r.seats.label})`).join(', ')
			}),
			source: sourceOf(a, b)
		},
		data
	};
}

/** Sentences that say what changed between the two chambers, every figure from the model. */
export function summarise(model: CompareModel, pair: Pair, rows: SeatChangeData['rows']): string[] {
	const { lang } = model;
	const say = COMPARE_TEXT[lang];
	const a = election(model, pair.a);
	const b = election(model, pair.b);
	const label = (id: string) => {
		const note = formerNote(model, id, a, b);
		const name = model.names[id] ?? id;
		return note && !model.mergers[id] ? `${name} (${note})` : name;
	};
	const out: string[] = [];

	// The largest party of the earlier chamber: the ruling party in every election in the data.
	const lead = [...a.seats].sort((x, y) => y.total - x.total)[0];
	if (lead) {
		const row = rows.find((r) => r.id === lead.partyId)!;
		const majA = row.seatsA >= majority(a.seatsTotal);
		const majB = row.seatsB >= majority(b.seatsTotal);
		out.push(
			say.lead({
				party: label(lead.partyId),
				change: row.change,
				a: a.id,
				b: b.id,
				seatsA: row.seatsA,
				seatsB: row.seatsB,
				totalA: a.seatsTotal,
				totalB: b.seatsTotal,
				shareA: pct1(row.shareA, lang),
				shareB: pct1(row.shareB, lang),
				altA: a.alternative?.seats[lead.partyId] ?? null,
				altB: b.alternative?.seats[lead.partyId] ?? null,
				outcome: majA && majB ? 'kept' : !majA && majB ? 'won' : majA ? 'lost' : 'never',
				majority: majority(b.seatsTotal)
			})
		);
	}

	out.push(
		say.size({
			a: a.id,
			b: b.id,
			seatsA: a.seatsTotal,
			seatsB: b.seatsTotal,
			sysA: describeSystem(a.seatsByMethod, lang),
			sysB: describeSystem(b.seatsByMethod, lang)
		})
	);
	const turnout = (e: CompareElection) =>
		e.turnoutPct === null ? null : formatPct(e.turnoutPct, 2, lang);
	out.push(say.turnout(a.id, b.id, turnout(a), turnout(b)));

	const entered = rows.filter((r) => r.seatsA === 0).map((r) => `${label(r.id)} ${r.seatsB}`);
	const left = rows.filter((r) => r.seatsB === 0).map((r) => `${label(r.id)} ${r.seatsA}`);
	const moved = rows
		.filter((r) => r.seatsA > 0 && r.seatsB > 0 && r.id !== lead?.partyId)
		.map(
			(r) =>
				`${label(r.id)} ${r.seatsA} → ${r.seatsB} (${r.change ? signed(r.change) : say.unchanged})`
		);
	if (entered.length) out.push(say.entered(a.id, b.id, say.list(entered)));
	if (left.length) out.push(say.left(a.id, b.id, say.list(left)));
	if (moved.length) out.push(say.moved(say.list(moved)));
	return out;
}

/** The chart ids of one chamber and of one pair's seat change, as files under /charts/. */
export const chamberChartId = (id: string) => `chamber-${id}`;
export const seatChangeChartId = (p: Pair) => `seat-change-${p.a}-${p.b}`;

/** Where "Download SVG" leads for each chart of a pair: the contract ids for the default view. */
export function chartFiles(pair: Pair): { a: string; b: string; seatChange: string } {
	if (samePair(pair, DEFAULT_PAIR))
		return { a: 'hemicycle-a', b: 'hemicycle-b', seatChange: 'seat-change' };
	return {
		a: chamberChartId(pair.a),
		b: chamberChartId(pair.b),
		seatChange: seatChangeChartId(pair)
	};
}

export function comparison(model: CompareModel, pair: Pair): Comparison {
	const chart = seatChange(model, pair, 'seat-change');
	return {
		pair,
		a: side(model, pair.a, 'hemicycle-a'),
		b: side(model, pair.b, 'hemicycle-b'),
		seatChange: chart,
		rows: chart.data.rows,
		summary: summarise(model, pair, chart.data.rows)
	};
}
