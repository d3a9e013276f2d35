/**
 * The compare page (/compare/ and /compare/<a>-<b>/), built from the dataset at build time: a
 * compact model of every chamber (the browser rebuilds the pair view from it), the history of the
 * ruling party, and every chart in every state, for the standalone SVG files.
 */
import type { Dataset, Election, Lang, Source } from '$lib/data/types';
import { largestParty, latestElection, seatsByParty } from '$lib/data/derive';
import { catalogEntry, sourceLine } from '$lib/charts/source-line';
import { FILES } from '$lib/data/files';
import { buildHistory, type HistoryData } from '$lib/charts/history/build';
import { shortName } from '$lib/parties/style';
import { formatPct } from '$lib/format';
import { formerName, lineageName, mergerNote } from '$lib/compare/lineage';
import { COMPARE_TEXT } from '$lib/compare/text';
import { allPairs, DEFAULT_PAIR, pairSlug } from '$lib/compare/pair';
import {
	chamberChartId,
	election as electionIn,
	seatChangeChartId,
	hemicycle,
	seatChange,
	type Chart,
	type CompareElection,
	type CompareModel
} from '$lib/compare/model';

/** The sources in data/catalog.json that speak about one election (by date or by title). */
function sourcesFor(data: Dataset, e: Election): Source[] {
	const all = catalogEntry(data, FILES.elections).sources;
	const own = all.filter((s) => s.date?.startsWith(e.id) || s.title.includes(e.id));
	return own.length ? own : all;
}

function chamber(data: Dataset, e: Election, lang: Lang): CompareElection {
	const say = COMPARE_TEXT[lang];
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
					label: say.byNomination,
					seats: Object.fromEntries(differs.map((r) => [r.partyId, r.total])),
					note: membership.note
				}
			: null,
		sources: [
			sourceLine(sourcesFor(data, e)),
			...(differs.length ? [say.membershipSource(sourceLine(membership.sources))] : [])
		]
	};
}

export function compareModel(data: Dataset, lang: Lang = 'en'): CompareModel {
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
	const current = latestElection(data).results.map((r) => r.partyId);
	return { lang, elections, names, mergers, current };
}

/** The seat counts of a system, for the history chart: ["mixed", "10 list + 67 district seats"]. */
function systemLines(e: Election, lang: Lang): [string, string] {
	const say = COMPARE_TEXT[lang];
	const m = e.seatsByMethod;
	const kind = say.systemKind[m.list && m.smd ? 'mixed' : m.list ? 'list' : 'smd'];
	return [kind, say.systemSeats(m)];
}

export interface HistoryRow {
	id: string;
	convocation: number;
	partyName: string;
	seats: number;
	seatsTotal: number;
	seatShare: number;
	/** 2023: the count by nomination, where it differs. */
	altSeats: number | null;
	voteShare: number | null;
	pctBase: string;
	turnout: number | null;
	system: string;
}

/** The ruling party: the largest party of the latest chamber (Amanat, formerly Otan and Nur Otan). */
export function rulingParty(data: Dataset): string {
	return largestParty(data, latestElection(data), 'membership');
}

export function rulingPartyHistory(
	data: Dataset,
	lang: Lang = 'en'
): Chart<HistoryData> & { rows: HistoryRow[] } {
	const say = COMPARE_TEXT[lang];
	const party = rulingParty(data);
	const model = cachedModel(data, lang);
	const rows: HistoryRow[] = data.elections.map((e) => {
		const c = electionIn(model, e.id);
		const seats = c.seats.find((r) => r.partyId === party)?.total ?? 0;
		return {
			id: e.id,
			convocation: e.convocation,
			partyName: c.formerNames[party] ?? shortName(party, lang),
			seats,
			seatsTotal: e.seatsTotal,
			seatShare: (seats / e.seatsTotal) * 100,
			altSeats: c.alternative?.seats[party] ?? null,
			voteShare: e.results.find((r) => r.partyId === party)?.pct ?? null,
			pctBase: e.pctBase,
			turnout: e.turnoutPct,
			system: systemLines(e, lang).join(': ')
		};
	});
	const built = buildHistory(
		rows.map((r, i) => ({
			id: r.id,
			date: data.elections[i]!.date,
			partyName: r.partyName,
			seats: r.seatShare,
			votes: r.voteShare,
			turnout: r.turnout,
			detail: [
				say.seatsOf(r.seats, r.seatsTotal),
				...(r.altSeats === null
					? []
					: [
							say.altSeatsOf(
								r.altSeats,
								r.seatsTotal,
								formatPct((r.altSeats / r.seatsTotal) * 100, 1, lang)
							)
						])
			],
			system: systemLines(data.elections[i]!, lang)
		})),
		lang
	);
	const first = rows[0]!;
	const last = rows.at(-1)!;
	const now = shortName(party, lang);
	const names = [...new Set(rows.map((r) => r.partyName))];
	const pct = (v: number | null) => formatPct(v, 1, lang);
	return {
		meta: {
			id: 'ruling-party-history',
			lang,
			title: say.historyTitle(now, first.id, last.id),
			desc: say.historyDesc(
				names,
				rows.map((r) => [pct(r.seatShare), r.id]),
				rows.map((r) => [pct(r.voteShare), r.id]),
				rows.map((r) => [pct(r.turnout), r.id])
			),
			source: sourceLine(catalogEntry(data, FILES.elections).sources)
		},
		data: built,
		rows
	};
}

/** What the compare pages load: the model of every chamber and the ruling party's history. */
export function compareLoad(data: Dataset, lang: Lang = 'en') {
	return { model: cachedModel(data, lang), history: rulingPartyHistory(data, lang) };
}

const models = new WeakMap<Dataset, Partial<Record<Lang, CompareModel>>>();
function cachedModel(data: Dataset, lang: Lang): CompareModel {
	let byLang = models.get(data);
	if (!byLang) models.set(data, (byLang = {}));
	return (byLang[lang] ??= compareModel(data, lang));
}

export interface CompareChartFile {
	id: string;
	/** The page that shows the chart in this state. */
	page: string;
	kind: 'hemicycle' | 'seat-change' | 'history';
}

/**
 * Every compare chart as a standalone file: the four charts of the default view under their
 * contract ids, one chamber file per election and one seat-change file per pair.
 */
export function compareChartFiles(data: Dataset): CompareChartFile[] {
	const ids = data.elections.map((e) => e.id);
	return [
		{ id: 'hemicycle-a', page: '/compare/', kind: 'hemicycle' },
		{ id: 'hemicycle-b', page: '/compare/', kind: 'hemicycle' },
		{ id: 'seat-change', page: '/compare/', kind: 'seat-change' },
		{ id: 'ruling-party-history', page: '/compare/', kind: 'history' },
		...ids.map((id): CompareChartFile => ({
			id: chamberChartId(id),
			page: '/compare/',
			kind: 'hemicycle'
		})),
		...allPairs(ids).map((p): CompareChartFile => ({
			id: seatChangeChartId(p),
			page: `/compare/${pairSlug(p)}/`,
			kind: 'seat-change'
		}))
	];
}

/** The chart behind a file id of compareChartFiles, in `lang`. */
export function compareChart(data: Dataset, id: string, lang: Lang = 'en'): Chart<unknown> {
	const model = cachedModel(data, lang);
	const d = DEFAULT_PAIR;
	if (id === 'hemicycle-a' || id === 'hemicycle-b')
		return hemicycle(model, electionIn(model, id === 'hemicycle-a' ? d.a : d.b), id);
	if (id === 'seat-change') return seatChange(model, d, id);
	if (id === 'ruling-party-history') {
		const { meta, data: chart } = rulingPartyHistory(data, lang);
		return { meta, data: chart };
	}
	const chamber = /^chamber-(\d{4})$/.exec(id);
	if (chamber) return hemicycle(model, electionIn(model, chamber[1]!), id);
	const pair = /^seat-change-(\d{4})-(\d{4})$/.exec(id);
	if (pair) return seatChange(model, { a: pair[1]!, b: pair[2]! }, id);
	throw new Error(`No compare chart "${id}"`);
}
