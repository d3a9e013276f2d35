/** The headline figures of the overview page (/), built from the dataset at build time; its charts are specs. */
import type { Dataset, Election, Lang, Source } from '$lib/data/types';
import {
	electionById,
	largestParty,
	listContestants,
	majority,
	partiesOverThreshold,
	seatsByParty,
	seatsOf,
	voteBase
} from '$lib/data/derive';
import { asWritten } from '$lib/charts/turnout-history/build';
import { shortName } from '$lib/parties/style';

const ELECTION = '2023';
const SELF_NOMINATED = 'independents';

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
		/** The votes the shares are of. */
		voteBase: number | null;
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
	/** The ruling party, derived: the largest party (see largestParty). */
	const ruling = largestParty(data, e);
	const byMembership = seatsByParty(data, e, 'membership');
	const byNomination = seatsByParty(data, e, 'nomination');
	const amanatM = byMembership.find((r) => r.partyId === ruling);
	const amanatN = byNomination.find((r) => r.partyId === ruling);
	if (!amanatM || !amanatN) throw new Error(`No ${ruling} seats in ${e.id}`);
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
			name: shortName(ruling, lang),
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
			againstAllPct: e.againstAllPct,
			voteBase: voteBase(e)
		},
		previous
	};
}

/** Other published turnout figures, election by election, with the data's note on each. */
export function turnoutAlternatives(data: Dataset, lang: Lang = 'en') {
	return data.elections
		.filter((e) => e.turnoutAlternatives.length)
		.map((e) => ({
			year: e.year,
			used: e.turnoutPct,
			// As written in the data: "68.4" has one decimal, and is not padded to "68.40".
			others: e.turnoutAlternatives.map((a) => ({ value: asWritten(a.value, lang), note: a.note }))
		}));
}
