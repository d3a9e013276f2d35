/** Figures computed from the dataset, so that no derived number is ever typed twice. */
import type { Dataset, Election, PartyResult, SmdView } from './types';
import { dataPath, FILES } from './files';

export type SmdCount = SmdView['id'];

/** Seats needed for a majority of a chamber of `seats`. */
export function majority(seats: number): number {
	return Math.floor(seats / 2) + 1;
}

export function electionById(data: Dataset, id: string): Election {
	const election = data.elections.find((e) => e.id === id);
	if (!election) throw new Error(`No election "${id}" in ${dataPath(FILES.elections)}`);
	return election;
}

export function latestElection(data: Dataset): Election {
	const last = data.elections.at(-1);
	if (!last) throw new Error(`${dataPath(FILES.elections)} has no elections`);
	return last;
}

export interface PartySeats {
	partyId: string;
	nameAtElection: string;
	list: number;
	smd: number;
	assembly: number;
	total: number;
}

/**
 * Seats per party in seating order. For 2023 the single-mandate seats can be counted by
 * nomination (the CEC's count, as stored in majilis-elections.json) or by membership.
 */
/**
 * Where a party sits in a chart, left to right: its place in data/parties.json, whose list is
 * in seating order.
 */
export function seatingRank(data: Dataset, partyId: string): number {
	const i = data.parties.findIndex((p) => p.id === partyId);
	return i === -1 ? data.parties.length : i;
}

export function seatsByParty(
	data: Dataset,
	election: Election,
	count: SmdCount = 'nomination'
): PartySeats[] {
	const view =
		election.id === '2023' && count === 'membership' ? data.smdViews2023.membership : undefined;
	const rows = election.results.map((r) => ({
		partyId: r.partyId,
		nameAtElection: r.nameAtElection,
		list: r.listSeats,
		smd: view ? (view.smdSeats[r.partyId] ?? 0) : r.smdSeats,
		assembly: r.assemblySeats,
		total: 0
	}));
	for (const row of rows) row.total = row.list + row.smd + row.assembly;
	return rows
		.filter((r) => r.total > 0)
		.sort((a, b) => seatingRank(data, a.partyId) - seatingRank(data, b.partyId));
}

export function seatsOf(rows: PartySeats[], partyId: string): number {
	return rows.find((r) => r.partyId === partyId)?.total ?? 0;
}

/**
 * The party with the most seats in an election: the ruling party. In every election in data/
 * (2004-2023) that is one party, Otan / Nur Otan / Amanat, holding a majority of the chamber by
 * either count, so the pages derive it rather than name it. A tie has no largest party.
 */
export function largestParty(data: Dataset, election: Election, count: SmdCount = 'membership') {
	const [first, second] = [...seatsByParty(data, election, count)].sort(
		(a, b) => b.total - a.total
	);
	if (!first || first.total === second?.total)
		throw new Error(`${election.id}: no single party holds the most seats`);
	return first.partyId;
}

/** Votes the 2023-style threshold is measured against: party votes plus 'against all'. */
export function voteBase(election: Election): number | null {
	if (election.results.some((r) => r.pct !== null && r.votes === null)) return null;
	const partyVotes = election.results.reduce((s, r) => s + (r.votes ?? 0), 0);
	return partyVotes + (election.againstAllVotes ?? 0);
}

/** Parties that stood on the party list (Assembly and self-nominated excluded). */
export function listContestants(election: Election): PartyResult[] {
	return election.results.filter((r) => r.pct !== null);
}

export function partiesOverThreshold(election: Election): PartyResult[] {
	return listContestants(election).filter((r) => (r.pct ?? 0) >= election.thresholdPct);
}

export interface SeatChange {
	partyId: string;
	seatsA: number;
	seatsB: number;
	change: number;
	/** Seat shares in percent of each chamber. */
	shareA: number;
	shareB: number;
	shareChange: number;
}

/**
 * Seat change per party from chamber A to chamber B, in seating order.
 * @param rank a party's place in the seating order (see seatingRank)
 */
export function seatChanges(
	a: PartySeats[],
	seatsA: number,
	b: PartySeats[],
	seatsB: number,
	rank: (partyId: string) => number
): SeatChange[] {
	const ids = [...new Set([...a, ...b].map((r) => r.partyId))].sort((x, y) => rank(x) - rank(y));
	return ids.map((partyId) => {
		const sa = seatsOf(a, partyId);
		const sb = seatsOf(b, partyId);
		const shareA = (sa / seatsA) * 100;
		const shareB = (sb / seatsB) * 100;
		return {
			partyId,
			seatsA: sa,
			seatsB: sb,
			change: sb - sa,
			shareA,
			shareB,
			shareChange: shareB - shareA
		};
	});
}
