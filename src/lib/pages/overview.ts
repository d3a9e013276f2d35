/** The headline figures and charts of the overview page (/), built from the dataset at build time. */
import type { ChartTable } from '$lib/export/csv';
import type { Dataset, Election, Lang, Source } from '$lib/data/types';
import { translator } from '$lib/i18n/text';
import {
	electionById,
	listContestants,
	majority,
	partiesOverThreshold,
	seatsByParty,
	seatsOf,
	voteBase,
	type PartySeats
} from '$lib/data/derive';
import { buildHemicycle } from '$lib/charts/hemicycle/build';
import { buildVoteShare } from '$lib/charts/bars/vote-share';
import { buildSeatsByMethod } from '$lib/charts/bars/seats-by-method';
import { asWritten, buildTurnoutHistory } from '$lib/charts/turnout/history';
import { catalogEntry, sourceLine } from '$lib/charts/source-line';
import { withNote } from '$lib/charts/legend';
import { formatConvocation, formatDate, formatInt, formatPct } from '$lib/format';
import { shortName } from '$lib/parties/style';

const ELECTION = '2023';
const RULING = 'amanat';
const SELF_NOMINATED = 'independents';

/** The two sources of the CEC's final 2023 results in the elections file. */
function resultsSource(data: Dataset, lang: Lang): string {
	return translator(lang)('ov_cec_final', {
		sources: sourceLine(catalogEntry(data, 'majilis-elections.json').sources.slice(0, 2))
	});
}

/** The election before `election`, or undefined for the first. */
function previousOf(data: Dataset, election: Election): Election | undefined {
	return data.elections.filter((e) => e.year < election.year).at(-1);
}

export interface Headlines {
	date: string;
	convocation: number;
	seats: number;
	majority: number;
	list: number;
	smd: number;
	amanat: {
		name: string;
		list: number;
		byMembership: number;
		byNomination: number;
		smdByMembership: number;
		smdByNomination: number;
		/** Single-mandate winners the CEC counts as self-nominated. */
		selfNominated: number;
		/** Of those, how many are not counted as Amanat members. */
		selfNominatedNotMembers: number;
		membershipSources: Source[];
		nominationSources: Source[];
		/** The data's own caveat on the membership count. */
		caveat: string;
	};
	turnout: {
		pct: number | null;
		rounded: number | null;
		/** The national figure at the close of polls, if the data has one that differs. */
		closeOfPolls: { pct: number; status: string; source: string } | null;
	};
	threshold: {
		pct: number;
		over: number;
		contestants: number;
		under: { name: string; pct: number }[];
		againstAllPct: number | null;
	};
	previous: {
		year: number;
		convocation: number;
		seats: number;
		majority: number;
		/** The largest party, by the name it stood under then. */
		party: string;
		partySeats: number;
		/** Its name today, if renamed since, and the year of the renaming. */
		renamed: { to: string; year: string } | null;
		share: number;
		/** The same party's share of the chamber now, counting by membership. */
		shareNow: number;
	} | null;
}

export function headlines(data: Dataset, lang: Lang = 'en'): Headlines {
	const e = electionById(data, ELECTION);
	const byMembership = seatsByParty(data, e, 'membership');
	const byNomination = seatsByParty(data, e, 'nomination');
	const amanatM = byMembership.find((r) => r.partyId === RULING);
	const amanatN = byNomination.find((r) => r.partyId === RULING);
	if (!amanatM || !amanatN) throw new Error(`No ${RULING} seats in ${e.id}`);
	const { membership, nomination } = data.smdViews2023;

	const national = data.turnout.find((t) => t.election === e.id && t.regionType === 'country');
	const closeOfPolls =
		national?.turnoutPct != null && national.turnoutPct !== e.turnoutPct
			? { pct: national.turnoutPct, status: national.status, source: national.source }
			: null;

	const contestants = listContestants(e);
	const over = partiesOverThreshold(e);

	const prev = previousOf(data, e);
	let previous: Headlines['previous'] = null;
	if (prev) {
		const largest = [...prev.results].sort((a, b) => b.totalSeats - a.totalSeats)[0]!;
		const party = data.parties.find((p) => p.id === largest.partyId);
		const stage = party?.lineage.find((l) => l.name === largest.nameAtElection);
		const current = party?.lineage.at(-1);
		previous = {
			year: prev.year,
			convocation: prev.convocation,
			seats: prev.seatsTotal,
			majority: majority(prev.seatsTotal),
			party: largest.nameAtElection,
			partySeats: largest.totalSeats,
			renamed:
				stage?.to && current && current !== stage
					? { to: current.name, year: stage.to.slice(0, 4) }
					: null,
			share: (largest.totalSeats / prev.seatsTotal) * 100,
			shareNow: (seatsOf(byMembership, largest.partyId) / e.seatsTotal) * 100
		};
	}

	return {
		date: e.date,
		convocation: e.convocation,
		seats: e.seatsTotal,
		majority: majority(e.seatsTotal),
		list: e.seatsByMethod.list,
		smd: e.seatsByMethod.smd,
		amanat: {
			name: shortName(RULING, lang),
			list: amanatM.list,
			byMembership: amanatM.total,
			byNomination: amanatN.total,
			smdByMembership: amanatM.smd,
			smdByNomination: amanatN.smd,
			selfNominated: nomination.smdSeats[SELF_NOMINATED] ?? 0,
			selfNominatedNotMembers: membership.smdSeats[SELF_NOMINATED] ?? 0,
			membershipSources: membership.sources,
			nominationSources: nomination.sources,
			caveat: membership.note
		},
		turnout: {
			pct: e.turnoutPct,
			rounded: e.turnoutPct === null ? null : Math.round(e.turnoutPct),
			closeOfPolls
		},
		threshold: {
			pct: e.thresholdPct,
			over: over.length,
			contestants: contestants.length,
			under: contestants
				.filter((r) => !over.includes(r))
				.map((r) => ({ name: shortName(r.partyId, lang), pct: r.pct ?? 0 })),
			againstAllPct: e.againstAllPct
		},
		previous
	};
}

export function hemicycle2023(data: Dataset, lang: Lang = 'en') {
	const m = translator(lang);
	const election = electionById(data, ELECTION);
	const rows = seatsByParty(data, election, 'membership');
	const nomination = seatsByParty(data, election, 'nomination');
	const amanat = rows.find((p) => p.partyId === RULING);
	const built = withNote(
		// Larger labels than the default, so that the legend stays readable on a phone.
		buildHemicycle(rows, undefined, { fontSize: 20, lang }),
		m('ov_hemicycle_note', { party: shortName(RULING, lang), seats: seatsOf(nomination, RULING) }),
		14
	);
	return {
		meta: {
			id: 'hemicycle-2023',
			lang,
			title: m('ov_hemicycle_title', {
				convocation: formatConvocation(election.convocation, lang),
				seats: election.seatsTotal,
				date: formatDate(election.date, lang)
			}),
			desc: m('ov_hemicycle_desc', {
				parties: built.parties.map((p) => `${p.name} ${p.total}`).join(', '),
				list: election.seatsByMethod.list,
				smd: election.seatsByMethod.smd,
				party: shortName(RULING, lang),
				byMembership: amanat?.total ?? 0,
				byNomination: seatsOf(nomination, RULING),
				majority: built.majority
			}),
			source: m('ov_membership_source', {
				results: resultsSource(data, lang),
				membership: sourceLine(data.smdViews2023.membership.sources)
			})
		},
		data: built,
		rows
	};
}

export interface VoteShareRow {
	id: string;
	name: string;
	votes: number | null;
	pct: number | null;
	over: boolean | null;
	listSeats: number | null;
}

export function voteShare2023(data: Dataset, lang: Lang = 'en') {
	const m = translator(lang);
	const election = electionById(data, ELECTION);
	const base = voteBase(election);
	const plain = buildVoteShare(election, undefined, lang);
	const built =
		base === null
			? plain
			: withNote(plain, m('ov_vote_chart_note', { base: formatInt(base, lang) }));
	const over = built.bars.filter((b) => b.over);
	const under = built.bars.filter((b) => b.over === false);
	const rows: VoteShareRow[] = [
		...built.bars.map((b) => ({
			id: b.id,
			name: b.label,
			votes: b.votes,
			pct: b.pct,
			over: b.over,
			listSeats: b.listSeats
		})),
		...(built.against
			? [
					{
						id: built.against.id,
						name: built.against.label,
						votes: built.against.votes,
						pct: built.against.pct,
						over: null,
						listSeats: null
					}
				]
			: [])
	];
	return {
		meta: {
			id: 'vote-share-2023',
			lang,
			title: m('ov_vote_title', {
				year: election.year,
				over: over.length,
				parties: built.bars.length,
				threshold: formatPct(election.thresholdPct, 0, lang)
			}),
			desc: m('ov_vote_desc', {
				bars: built.bars.map((b) => `${b.label} ${formatPct(b.pct, 2, lang)}`).join(', '),
				threshold: formatPct(election.thresholdPct, 0, lang),
				under: under.map((b) => b.label).join(', '),
				against: built.against ? formatPct(built.against.pct, 2, lang) : 'none'
			}),
			source: resultsSource(data, lang)
		},
		data: built,
		rows,
		/** Votes the percentages are measured against. */
		base,
		footer: {
			id: 'total',
			name: m('col_total'),
			votes: base,
			// The shares are of this total.
			pct: base === null ? null : 100,
			over: null,
			listSeats: election.seatsByMethod.list
		} satisfies VoteShareRow
	};
}

export interface MethodTableRow {
	id: string;
	name: string;
	list: number;
	smdMembership: number;
	smdNomination: number;
	totalMembership: number;
	totalNomination: number;
}

export function seatsByMethod2023(data: Dataset, lang: Lang = 'en') {
	const m = translator(lang);
	const election = electionById(data, ELECTION);
	const membership = seatsByParty(data, election, 'membership');
	const nomination = seatsByParty(data, election, 'nomination');
	const find = (rows: PartySeats[], id: string) => rows.find((r) => r.partyId === id);
	const amanatN = find(nomination, RULING);
	const built = withNote(
		buildSeatsByMethod(
			membership,
			m('col_smd_membership'),
			{ label: m('ov_by_nomination_cec'), rows: nomination },
			undefined,
			lang
		),
		m('ov_method_chart_note', {
			party: shortName(RULING, lang),
			smd: amanatN?.smd ?? 0,
			total: amanatN?.total ?? 0,
			self: seatsOf(nomination, SELF_NOMINATED)
		})
	);
	const ids = [...new Set([...built.rows.map((r) => r.id), ...nomination.map((r) => r.partyId)])];
	const rows: MethodTableRow[] = ids.map((id) => {
		const m = find(membership, id);
		const n = find(nomination, id);
		return {
			id,
			name: shortName(id, lang),
			list: m?.list ?? n?.list ?? 0,
			smdMembership: m?.smd ?? 0,
			smdNomination: n?.smd ?? 0,
			totalMembership: m?.total ?? 0,
			totalNomination: n?.total ?? 0
		};
	});
	const sum = (f: (r: MethodTableRow) => number) => rows.reduce((s, r) => s + f(r), 0);
	return {
		meta: {
			id: 'seats-by-method-2023',
			lang,
			title: m('ov_method_title', {
				year: election.year,
				list: election.seatsByMethod.list,
				smd: election.seatsByMethod.smd
			}),
			desc: m('ov_method_desc', {
				rows: built.rows
					.map((r) => m('ov_method_row', { name: r.label, list: r.list, smd: r.smd }))
					.join('; '),
				party: shortName(RULING, lang),
				smd: amanatN?.smd ?? 0,
				majority: built.majority.value
			}),
			source: m('ov_both_sources', {
				results: resultsSource(data, lang),
				membership: sourceLine(data.smdViews2023.membership.sources),
				nomination: sourceLine(data.smdViews2023.nomination.sources)
			})
		},
		data: built,
		rows,
		footer: {
			id: 'total',
			name: m('col_total'),
			list: sum((r) => r.list),
			smdMembership: sum((r) => r.smdMembership),
			smdNomination: sum((r) => r.smdNomination),
			totalMembership: sum((r) => r.totalMembership),
			totalNomination: sum((r) => r.totalNomination)
		} satisfies MethodTableRow
	};
}

export interface TurnoutTableRow {
	id: string;
	year: number;
	convocation: string;
	pct: number | null;
	registered: number | null;
	ballots: number | null;
	alternatives: string | null;
}

export function turnoutHistory(data: Dataset, lang: Lang = 'en') {
	const m = translator(lang);
	const current = electionById(data, ELECTION);
	const built = buildTurnoutHistory(data.elections, current.id, lang);
	const known = built.columns.filter((c) => c.pct !== null);
	const missing = built.columns.filter((c) => c.pct === null);
	const first = data.elections[0]!;
	const rows: TurnoutTableRow[] = data.elections.map((e) => ({
		id: e.id,
		year: e.year,
		convocation: formatConvocation(e.convocation, lang),
		pct: e.turnoutPct,
		registered: e.registeredVoters,
		ballots: e.ballotsCast,
		alternatives: e.turnoutAlternatives.length
			? e.turnoutAlternatives.map((a) => asWritten(a.value, lang)).join(', ')
			: null
	}));
	return {
		meta: {
			id: 'turnout-history',
			lang,
			title: m('ov_turnout_title', {
				first: first.year,
				last: current.year,
				pct: formatPct(current.turnoutPct, 2, lang)
			}),
			desc: m('ov_turnout_desc', {
				known: known.map((c) => `${c.year} ${formatPct(c.pct, 2, lang)}`).join(', '),
				missing: missing.length ? missing.map((c) => c.year).join(', ') : 'none',
				year: current.year
			}),
			source: sourceLine(catalogEntry(data, 'majilis-elections.json').sources)
		},
		data: built,
		rows,
		/** Other published figures, election by election, with the data's note on each. */
		alternatives: data.elections
			.filter((e) => e.turnoutAlternatives.length)
			.map((e) => ({
				year: e.year,
				used: e.turnoutPct,
				// As written in the data: "68.4" has one decimal, and is not padded to "68.40".
				others: e.turnoutAlternatives.map((a) => ({
					value: asWritten(a.value, lang),
					note: a.note
				}))
			}))
	};
}

/** CSV tables of the overview charts: the rows of each chart's data table, with its totals. */
export function voteShareTable(data: Dataset, lang: Lang = 'en'): ChartTable {
	const { rows, footer } = voteShare2023(data, lang);
	return {
		columns: ['party_id', 'party', 'votes', 'pct', 'over_threshold', 'list_seats'],
		rows: [...rows, footer].map((r) => [
			r.id,
			r.name,
			r.votes,
			r.pct,
			r.over === null ? null : r.over ? 'yes' : 'no',
			r.listSeats
		])
	};
}

export function seatsByMethodTable(data: Dataset, lang: Lang = 'en'): ChartTable {
	const { rows, footer } = seatsByMethod2023(data, lang);
	return {
		columns: [
			'party_id',
			'party',
			'party_list_seats',
			'single_mandate_by_membership',
			'single_mandate_by_nomination',
			'total_by_membership',
			'total_by_nomination'
		],
		rows: [...rows, footer].map((r) => [
			r.id,
			r.name,
			r.list,
			r.smdMembership,
			r.smdNomination,
			r.totalMembership,
			r.totalNomination
		])
	};
}

export function turnoutTable(data: Dataset, lang: Lang = 'en'): ChartTable {
	return {
		columns: [
			'election',
			'convocation',
			'turnout_pct',
			'registered_voters',
			'ballots_cast',
			'other_figures'
		],
		rows: turnoutHistory(data, lang).rows.map((r) => [
			r.id,
			r.convocation,
			r.pct,
			r.registered,
			r.ballots,
			r.alternatives
		])
	};
}
