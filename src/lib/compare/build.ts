/**
 * The compare page's builder: every chamber in the data as the page and its charts see it (seats
 * per party, names at the time, a second count where one was published, credits), the words that
 * name parties and systems across elections, and the page's summary of a pair. Runs at build time
 * only: the chart specs (charts/chamber, seat-change, history) and the compare routes call it, and
 * every sentence comes from the compare catalogue (src/lib/i18n/compare/messages.json).
 */
import type { Dataset, Election, Lang, SeatsByMethod, Source } from '$lib/data/types';
import type { PartySeats } from '$lib/data/derive';
import {
	largestParty,
	latestElection,
	majority,
	seatChanges,
	seatsByParty
} from '$lib/data/derive';
import { catalogEntry, sourceLine } from '$lib/charts/source-line';
import { FILES } from '$lib/data/files';
import { formatConvocation, formatDate, formatList, formatPct } from '$lib/format';
import { lastMajilis, type Era } from '$lib/pages/era';
import { partyColour, seatingRank, shortName } from '$lib/parties/style';
import { translator } from '$lib/i18n/text';
import {
	buildSeatChange,
	pct1,
	signed,
	type RowKind,
	type SeatChangeData,
	type SeatChangeRow
} from '$lib/charts/seat-change/build';
import { formerName, lineageName, mergerNote } from './lineage';
import type { Pair } from './pair';

export interface Chamber {
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
	alternative: { seats: Record<string, number>; note: string } | null;
	/** Credits for this chamber's figures, "Publisher (date)", from data/. */
	sources: string[];
}

export interface Chambers {
	/** The language of every name and sentence built from these chambers. */
	lang: Lang;
	/** Oldest first. */
	elections: Chamber[];
	/** The site's current name per party id, in the language. */
	names: Record<string, string>;
	/** Parties that stood in the latest election: a renamed one is "now" its name, others "later". */
	current: string[];
	/** "merged into Otan (now Amanat) in 2006", per party id. */
	mergers: Record<string, string>;
}

/** The sources in data/catalog.json that speak about one election (by date or by title). */
function sourcesFor(data: Dataset, e: Election): Source[] {
	const all = catalogEntry(data, FILES.elections).sources;
	const own = all.filter((s) => s.date?.startsWith(e.id) || s.title.includes(e.id));
	return own.length ? own : all;
}

function chamber(data: Dataset, e: Election, lang: Lang): Chamber {
	const m = translator(lang);
	const seats = seatsByParty(data, e, 'membership');
	const nomination = seatsByParty(data, e, 'nomination');
	const differs = nomination.filter(
		(r) => seats.find((s) => s.partyId === r.partyId)?.total !== r.total
	);
	const formerNames: Record<string, string> = {};
	for (const r of e.results) {
		const party = data.parties.find((p) => p.id === r.partyId);
		const then = party && formerName(party, e.date, r.nameAtElection, party.short.en);
		if (then) formerNames[r.partyId] = lineageName(party, then, lang);
	}
	const membership = data.smdViews2023.membership;
	return {
		id: e.id,
		date: e.date,
		convocation: e.convocation,
		seatsTotal: e.seatsTotal,
		seatsByMethod: e.seatsByMethod,
		turnoutPct: e.turnoutPct,
		seats,
		formerNames,
		alternative: differs.length
			? {
					seats: Object.fromEntries(differs.map((r) => [r.partyId, r.total])),
					note: membership.note
				}
			: null,
		sources: [
			sourceLine(sourcesFor(data, e)),
			...(differs.length
				? [m('cmp_membership_source', { sources: sourceLine(membership.sources) })]
				: [])
		]
	};
}

function build(data: Dataset, lang: Lang): Chambers {
	const elections = data.elections.map((e) => chamber(data, e, lang));
	const ids = new Set(elections.flatMap((e) => e.seats.map((r) => r.partyId)));
	const names: Record<string, string> = {};
	const mergers: Record<string, string> = {};
	for (const id of ids) {
		names[id] = shortName(id, lang);
		const party = data.parties.find((p) => p.id === id);
		const merged = party && mergerNote(party, data.parties, (x) => shortName(x, lang), lang);
		if (merged) mergers[id] = merged;
	}
	const current = data.elections.at(-1)!.results.map((r) => r.partyId);
	return { lang, elections, names, mergers, current };
}

const cache = new WeakMap<Dataset, Partial<Record<Lang, Chambers>>>();

/** Every chamber in the data, in `lang` (built once per dataset and language). */
export function chambers(data: Dataset, lang: Lang): Chambers {
	let byLang = cache.get(data);
	if (!byLang) cache.set(data, (byLang = {}));
	return (byLang[lang] ??= build(data, lang));
}

export function election(model: Chambers, id: string): Chamber {
	const e = model.elections.find((x) => x.id === id);
	if (!e) throw new Error(`No election "${id}" in the data`);
	return e;
}

/** The ruling party: the largest party of the latest chamber (Amanat, formerly Otan and Nur Otan). */
export function rulingParty(data: Dataset): string {
	return largestParty(data, latestElection(data), 'membership');
}

/** The source line of a chart about these chambers. */
export function sourceOf(...elections: Chamber[]): string {
	return [...new Set(elections.flatMap((e) => e.sources))].join('; ');
}

/** "98 by party list and 9 chosen by the Assembly of the People" */
export function describeSystem(s: SeatsByMethod, lang: Lang): string {
	const m = translator(lang);
	const parts = [
		s.list ? m('cmp_sys_list', { n: s.list }) : '',
		s.smd ? m('cmp_sys_smd', { n: s.smd }) : '',
		s.assembly ? m('cmp_sys_assembly', { n: s.assembly }) : ''
	].filter(Boolean);
	return formatList(parts, lang);
}

/** "2021 (7th Majilis)": a chamber in the picker and headings. */
export function chamberLabel(e: { id: string; convocation: number }, lang: Lang): string {
	return translator(lang)('cmp_chamber_label', {
		id: e.id,
		convocation: formatConvocation(e.convocation, lang)
	});
}

/**
 * "Nur Otan (now Amanat)" at an election where the party had another name, "Birlik (later Adal)"
 * for a party that did not stand in the latest election; else the party's name.
 */
export function nameAt(model: Chambers, e: Chamber) {
	return (id: string) => {
		const now = model.names[id] ?? id;
		const then = e.formerNames[id];
		if (!then) return now;
		return translator(model.lang)('cmp_name_then', {
			then,
			now,
			current: model.current.includes(id) ? 'yes' : 'no'
		});
	};
}

/** "then Nur Otan", "Otan in 2004; Nur Otan in 2016": what a party was called at either election. */
export function formerNote(model: Chambers, id: string, a: Chamber, b: Chamber): string | null {
	const m = translator(model.lang);
	const fa = a.formerNames[id];
	const fb = b.formerNames[id];
	const parts: string[] = [];
	if (fa && fb && fa === fb) parts.push(m('cmp_former_both', { name: fa, a: a.id, b: b.id }));
	else if (fa && !fb && a.date < b.date) parts.push(m('cmp_former_then', { name: fa }));
	else {
		if (fa) parts.push(m('cmp_former_at', { name: fa, year: a.id }));
		if (fb) parts.push(m('cmp_former_at', { name: fb, year: b.id }));
	}
	const merger = model.mergers[id];
	if (merger) parts.push(merger);
	return parts.length ? parts.join('; ') : null;
}

/** "Amanat 62, Self-nominated 7": the other count of a chamber, with names as `name` writes them. */
export function otherCount(e: Chamber, name: (id: string) => string): string | null {
	if (!e.alternative) return null;
	return Object.entries(e.alternative.seats)
		.map(([id, n]) => `${name(id)} ${n}`)
		.join(', ');
}

function kind(id: string): RowKind {
	return id === 'apk' ? 'assembly' : id === 'independents' ? 'self' : 'party';
}

/** The change per party from one chamber to the other, as the seat-change chart draws it. */
export function pairChange(model: Chambers, pair: Pair): SeatChangeData {
	const a = election(model, pair.a);
	const b = election(model, pair.b);
	const changes = seatChanges(a.seats, a.seatsTotal, b.seats, b.seatsTotal, seatingRank);
	// Largest party first; seats outside the parties (self-nominated, Assembly) last.
	const order = [...changes].sort(
		(x, y) =>
			Number(kind(x.partyId) !== 'party') - Number(kind(y.partyId) !== 'party') ||
			Math.max(y.seatsA, y.seatsB) - Math.max(x.seatsA, x.seatsB)
	);
	return buildSeatChange(
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
}

/** Sentences that say what changed between the two chambers, every figure from the data. */
export function summarise(model: Chambers, pair: Pair, rows: SeatChangeRow[]): string[] {
	const { lang } = model;
	const m = translator(lang);
	const a = election(model, pair.a);
	const b = election(model, pair.b);
	const label = (id: string) => {
		const note = formerNote(model, id, a, b);
		const name = model.names[id] ?? id;
		return note && !model.mergers[id] ? `${name} (${note})` : name;
	};
	const direction = (change: number) => (change < 0 ? 'down' : change > 0 ? 'up' : 'same');
	const out: string[] = [];

	// The largest party of the earlier chamber: the ruling party in every election in the data.
	const lead = [...a.seats].sort((x, y) => y.total - x.total)[0];
	if (lead) {
		const row = rows.find((r) => r.id === lead.partyId)!;
		const majA = row.seatsA >= majority(a.seatsTotal);
		const majB = row.seatsB >= majority(b.seatsTotal);
		const alt = (e: Chamber) => {
			const n = e.alternative?.seats[lead.partyId];
			return n === undefined ? '' : m('cmp_lead_alt', { n });
		};
		out.push(
			m('cmp_lead', {
				party: label(lead.partyId),
				dir: direction(row.change),
				a: a.id,
				b: b.id,
				seatsA: row.seatsA,
				seatsB: row.seatsB,
				totalA: a.seatsTotal,
				totalB: b.seatsTotal,
				shareA: pct1(row.shareA, lang),
				shareB: pct1(row.shareB, lang),
				altA: alt(a),
				altB: alt(b),
				outcome: majA && majB ? 'kept' : !majA && majB ? 'won' : majA ? 'lost' : 'never',
				majority: majority(b.seatsTotal)
			})
		);
	}

	const sysA = describeSystem(a.seatsByMethod, lang);
	const sysB = describeSystem(b.seatsByMethod, lang);
	out.push(
		m('cmp_size', {
			dir: direction(b.seatsTotal - a.seatsTotal),
			same: sysA === sysB ? 'yes' : 'no',
			a: a.id,
			b: b.id,
			seatsA: a.seatsTotal,
			seatsB: b.seatsTotal,
			sysA,
			sysB
		})
	);
	const turnout = (e: Chamber) =>
		e.turnoutPct === null ? m('cmp_not_in_data') : formatPct(e.turnoutPct, 2, lang);
	out.push(m('cmp_turnout', { a: a.id, b: b.id, ta: turnout(a), tb: turnout(b) }));

	const entered = rows.filter((r) => r.seatsA === 0).map((r) => `${label(r.id)} ${r.seatsB}`);
	const left = rows.filter((r) => r.seatsB === 0).map((r) => `${label(r.id)} ${r.seatsA}`);
	const moved = rows
		.filter((r) => r.seatsA > 0 && r.seatsB > 0 && r.id !== lead?.partyId)
		.map(
			(r) =>
				`${label(r.id)} ${r.seatsA} → ${r.seatsB} (${r.change ? signed(r.change) : m('cmp_unchanged')})`
		);
	const list = (items: string[]) => formatList(items, lang);
	if (entered.length) out.push(m('cmp_entered', { a: a.id, b: b.id, list: list(entered) }));
	if (left.length) out.push(m('cmp_left', { a: a.id, b: b.id, list: list(left) }));
	if (moved.length) out.push(m('cmp_moved', { list: list(moved) }));
	return out;
}

/** What a compare page shows around its charts: the picker, the summary and the charts' notes. */
export interface CompareView {
	pair: Pair;
	/** The sentence that says the 2023 Majilis was the last. */
	era: Era;
	/** The picker's elections, oldest first, with their labels. */
	elections: { id: string; label: string }[];
	a: SideView;
	b: SideView;
	summary: string[];
	/** True when the pair has seats chosen by the Assembly of the People (the share note says so). */
	assembly: boolean;
	/** The chamber of the pair that has a second count, for the seat-change note. */
	counted: { year: string; counts: string } | null;
	/** The ruling-party history's note: each election's vote-share base, as the data writes it. */
	bases: { id: string; base: string }[];
	/** True when the history lacks a value somewhere (drawn as a gap). */
	gaps: boolean;
}

export interface SideView {
	label: string;
	/** The hemicycle's subtitle. */
	date: string;
	system: string;
	majority: number;
	seats: number;
	/** The other count (by nomination), with the data's note on it, if the chamber has one. */
	alternative: { counts: string; note: string } | null;
}

export function compareView(data: Dataset, lang: Lang, pair: Pair): CompareView {
	const model = chambers(data, lang);
	const rows = pairChange(model, pair).rows;
	const side = (id: string): SideView => {
		const e = election(model, id);
		const counts = otherCount(e, nameAt(model, e));
		return {
			label: chamberLabel(e, lang),
			date: formatDate(e.date, lang),
			system: describeSystem(e.seatsByMethod, lang),
			majority: majority(e.seatsTotal),
			seats: e.seatsTotal,
			alternative: counts === null ? null : { counts, note: e.alternative!.note }
		};
	};
	const ruling = rulingParty(data);
	const counted = [election(model, pair.a), election(model, pair.b)].find((e) => e.alternative);
	return {
		pair,
		era: lastMajilis(data, lang),
		elections: model.elections.map((e) => ({ id: e.id, label: chamberLabel(e, lang) })),
		a: side(pair.a),
		b: side(pair.b),
		summary: summarise(model, pair, rows),
		assembly: rows.some((r) => r.kind === 'assembly'),
		counted: counted
			? { year: counted.id, counts: otherCount(counted, (id) => model.names[id] ?? id)! }
			: null,
		bases: data.elections.map((e) => ({ id: e.id, base: e.pctBase })),
		gaps: data.elections.some(
			(e) =>
				e.turnoutPct === null || (e.results.find((r) => r.partyId === ruling)?.pct ?? null) === null
		)
	};
}
