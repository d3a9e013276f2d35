/** The typed model of data/, produced by load.ts after every check has passed. */
import type { Topology } from 'topojson-specification';
import type { ChamberKind, Chambers } from './chambers.ts';
import type { NationalVote } from './national-votes.ts';
import type { TurnoutSeries } from './vote-turnout.ts';

export type Lang = 'en' | 'kk' | 'ru';
export type Names = { en: string; kk: string | null; ru: string | null };

export interface Source {
	title: string;
	publisher: string;
	date?: string;
	url?: string;
}

/** One name a party went by. A former name (any step but the last) has its Kazakh and Russian forms. */
export interface LineageStep {
	name: string;
	names?: { kk: string; ru: string };
	from?: string | null;
	to?: string;
	note?: string;
}

export interface Party {
	id: string;
	abbr: string | null;
	/** The name charts show, in each language. */
	short: Record<Lang, string>;
	/** Full names, where found. */
	names: Names;
	lineage: LineageStep[];
	mergedInto?: string;
	/** The colour charts draw the party in ("#RRGGBB"). */
	colour: string;
}

export interface PartyResult {
	partyId: string;
	nameAtElection: string;
	votes: number | null;
	pct: number | null;
	listSeats: number;
	smdSeats: number;
	/** Seats filled by the Assembly of the People (2007-2021), not by popular vote. */
	assemblySeats: number;
	totalSeats: number;
	note?: string;
}

export interface SeatsByMethod {
	list: number;
	smd: number;
	assembly: number;
}

export interface Election {
	id: string;
	/** The chamber elected: the Majilis until 2023, the Kurultai from 2026 (chambers.ts). */
	chamber: ChamberKind;
	year: number;
	date: string;
	secondRoundDate?: string;
	convocation: number;
	type: 'regular' | 'snap';
	seatsTotal: number;
	seatsByMethod: SeatsByMethod;
	system: string;
	thresholdPct: number;
	registeredVoters: number | null;
	ballotsCast: number | null;
	turnoutPct: number | null;
	turnoutAlternatives: { value: string; note: string }[];
	againstAllVotes: number | null;
	againstAllPct: number | null;
	pctBase: string;
	convened?: string;
	results: PartyResult[];
}

export interface District {
	no: number;
	area: string | null;
	region: string | null;
	regionId: string | null;
	regionType: 'region' | 'city' | null;
	winner: string | null;
	winnerPartyId: string | null;
	nomination: string | null;
	winnerVoteSharePct: number | null;
	electorate: number | null;
	source: string | null;
	partyMembership: string | null;
	runnerUp: string | null;
	turnoutPct: number | null;
}

export interface RegionTurnout {
	election: string;
	/** Name as written in the source file. */
	region: string;
	/** ISO 3166-2:KZ code, or null for the national row. */
	regionId: string | null;
	regionType: 'country' | 'region' | 'city';
	turnoutPct: number | null;
	registered: number | null;
	voted: number | null;
	status: string;
	source: string;
	note: string;
}

export interface Region {
	id: string;
	names: { en: string; kk: string; ru: string };
	kind: 'region' | 'city';
}

/** A region created by splitting another (the 2022 reform), by ISO 3166-2:KZ code. */
export interface RegionSplit {
	regionId: string;
	fromId: string;
	date: string;
	note: string;
}

/** Changes to the regions between elections: splits, and older names for today's units. */
export interface RegionChanges {
	splits: RegionSplit[];
	/** Names that older rows use, with the region each means today. */
	aliases: { name: string; regionId: string }[];
	sources: Source[];
}

/** Two ways of counting who holds the 29 single-mandate seats of 2023. */
export interface SmdView {
	id: 'nomination' | 'membership';
	/** Single-mandate seats per party id; sums to the election's single-mandate seats. */
	smdSeats: Record<string, number>;
	sources: Source[];
	note: string;
}

export interface CatalogEntry {
	file: string;
	title: string;
	format: 'JSON' | 'CSV' | 'TopoJSON' | 'Markdown';
	description: string;
	licence: string;
	licenceUrl?: string;
	attribution?: string;
	sources: Source[];
	gaps: string[];
	bytes: number;
}

export interface Dataset {
	parties: Party[];
	elections: Election[];
	districts: District[];
	turnout: RegionTurnout[];
	regions: Region[];
	regionChanges: RegionChanges;
	smdViews2023: { nomination: SmdView; membership: SmdView };
	/** Every national vote since 1991, by date (national-votes.ts). */
	nationalVotes: NationalVote[];
	/** When the Majilis ended and what the Kurultai is (chambers.ts). */
	chambers: Chambers;
	/** Interim regional turnout at other votes, one series per vote and report (vote-turnout.ts). */
	voteTurnout: TurnoutSeries[];
	catalog: CatalogEntry[];
	topology: Topology;
}
