/**
 * The seat-allocation simulator's model: the compact input the page receives (votes and the
 * seats as elected, nothing drawn), the settings a reader can change, and the simulation
 * itself. Pure and small, because it runs in the browser as well as at build time.
 */
import { allocate, type Method, type SeatAllocation } from '$lib/electoral/allocate';
import type { PartySeats } from '$lib/data/derive';
import { seatingRank, shortName } from '$lib/parties/style';

/**
 * Chamber designs: which seats the party lists fill, and which are filled otherwise. The first
 * three are the Majilis's; the Kurultai (data/chambers.json) has no election yet.
 */
export type Design = 'mixed' | 'list' | 'assembly' | 'kurultai';
export const DESIGNS: readonly Design[] = ['mixed', 'list', 'assembly', 'kurultai'];
export type SmdCount = 'membership' | 'nomination';

export interface Chamber {
	list: number;
	/** Single-mandate seats, kept as elected (only for an election that had them). */
	smd: number;
	/** Seats filled by the Assembly of the People of Kazakhstan. */
	assembly: number;
}

export interface SimParty {
	id: string;
	/** The name to show for this election (Nur Otan before 2022, Amanat after). */
	name: string;
	/** Party-list votes; null for seats that no list vote fills (self-nominated, Assembly). */
	votes: number | null;
	/** Seats as elected. */
	list: number;
	smd: number;
	assembly: number;
}

export interface SimElection {
	id: string;
	year: number;
	thresholdPct: number;
	/** Votes the threshold is measured against (2023: parties plus 'against all'). */
	thresholdBase: number;
	design: Design;
	parties: SimParty[];
	/** 2023 only: single-mandate seats per party, counted two ways. */
	smdViews?: Record<SmdCount, Record<string, number>>;
	/** The sources of this election's figures, as one line. */
	source: string;
}

/** The rules a design not yet used in an election starts from, from data/seat-designs.json. */
export interface DesignRules {
	thresholdPct: number;
	method: Method;
	/** Other thresholds reported (a conflict shown to readers), each with its basis in English. */
	alternatives: { pct: number; basis: string }[];
	/** False where no source gives the formula and `method` is assumed. */
	methodFound: boolean;
	/** The date the Majilis's powers ended and this design's chamber took over (YYYY-MM-DD). */
	inForceFrom: string;
	/** The sources of the design, as one line. */
	source: string;
}

export interface SimInput {
	/** Newest first; the first is the default. */
	elections: SimElection[];
	chambers: Record<Design, Chamber>;
	/** The threshold and formula a design comes with, where it has its own (the Kurultai). */
	designRules: Partial<Record<Design, DesignRules>>;
	/** Elections in data/ that the simulator leaves out, with the reason. */
	omitted: { id: string; reason: string }[];
	/** The Assembly of the People's name in the page's language, for a chamber that adds its seats. */
	assemblyName?: string;
}

export interface Settings {
	election: string;
	thresholdPct: number;
	method: Method;
	design: Design;
	smd: SmdCount;
}

export const THRESHOLD_MIN = 0;
export const THRESHOLD_MAX = 10;
export const THRESHOLD_STEP = 0.1;

export const ASSEMBLY_ID = 'apk';

/** "7", "5.5": the threshold as it is written in the address and shown to readers. */
export function formatThreshold(pct: number): string {
	return String(Math.round(pct * 10) / 10);
}

export function findElection(input: SimInput, id: string): SimElection | undefined {
	return input.elections.find((e) => e.id === id);
}

/** The rules the election was actually held under. */
export function electedSettings(e: SimElection): Settings {
	return {
		election: e.id,
		thresholdPct: e.thresholdPct,
		method: 'hare',
		design: e.design,
		smd: 'membership'
	};
}

export function defaultSettings(input: SimInput): Settings {
	return electedSettings(input.elections[0]!);
}

export function sameSettings(a: Settings, b: Settings): boolean {
	return (
		a.election === b.election &&
		a.thresholdPct === b.thresholdPct &&
		a.method === b.method &&
		a.design === b.design &&
		a.smd === b.smd
	);
}

/**
 * The settings with design `d`; a design with rules of its own (the Kurultai) brings its
 * threshold and formula, which the reader can then change.
 */
export function withDesign(input: SimInput, settings: Settings, d: Design): Settings {
	const rules = input.designRules[d];
	return rules
		? { ...settings, design: d, thresholdPct: rules.thresholdPct, method: rules.method }
		: { ...settings, design: d };
}

/** Designs open to an election: kept single-mandate seats exist only where they were elected. */
export function designsFor(e: SimElection): Design[] {
	return DESIGNS.filter((d) => d !== 'mixed' || e.design === 'mixed');
}

function seatOrder(a: { id: string }, b: { id: string }) {
	return seatingRank(a.id) - seatingRank(b.id);
}

/** Seats as elected, with 2023's single-mandate seats counted the chosen way. */
export function electedSeats(e: SimElection, smd: SmdCount): PartySeats[] {
	const view = e.smdViews?.[smd];
	return e.parties
		.map((p) => {
			const s = view ? (view[p.id] ?? 0) : p.smd;
			return {
				partyId: p.id,
				nameAtElection: p.name,
				list: p.list,
				smd: s,
				assembly: p.assembly,
				total: p.list + s + p.assembly
			};
		})
		.filter((r) => r.total > 0)
		.sort((a, b) => seatOrder({ id: a.partyId }, { id: b.partyId }));
}

export interface ChangeRow {
	id: string;
	name: string;
	/** Share of the list vote (of the threshold base), or null for seats no list vote fills. */
	pct: number | null;
	eligible: boolean;
	elected: number;
	simulated: number;
	change: number;
}

export interface Simulation {
	election: SimElection;
	settings: Settings;
	chamber: Chamber;
	/** The rules and sources of the chosen design, where it has its own (the Kurultai). */
	rules?: DesignRules;
	/** One row per list contestant, in input order. */
	allocation: SeatAllocation[];
	/** Seats per party of the simulated chamber, in seating order (for the hemicycle). */
	seats: PartySeats[];
	elected: PartySeats[];
	/** Every party that stood or sat, list parties by votes, then the rest. */
	changes: ChangeRow[];
	total: number;
	electedTotal: number;
}

export function simulate(input: SimInput, settings: Settings): Simulation {
	const election = findElection(input, settings.election);
	if (!election) throw new Error(`No election "${settings.election}" in the simulator`);
	const chamber = input.chambers[settings.design];
	const elected = electedSeats(election, settings.smd);
	const contestants = election.parties.filter((p) => p.votes !== null);
	const allocation = allocate(
		settings.method,
		contestants.map((p) => ({ partyId: p.id, votes: p.votes! })),
		{
			seats: chamber.list,
			thresholdPct: settings.thresholdPct,
			thresholdBase: election.thresholdBase
		}
	);
	const listSeats = new Map(allocation.map((a) => [a.partyId, a.seats]));
	const keptSmd = new Map(chamber.smd ? elected.map((r) => [r.partyId, r.smd]) : []);
	const rows = election.parties.map((p) => ({
		partyId: p.id,
		nameAtElection: p.name,
		list: listSeats.get(p.id) ?? 0,
		smd: keptSmd.get(p.id) ?? 0,
		assembly: 0,
		total: 0
	}));
	if (chamber.assembly) {
		let assembly = rows.find((r) => r.partyId === ASSEMBLY_ID);
		if (!assembly) {
			assembly = {
				partyId: ASSEMBLY_ID,
				nameAtElection: input.assemblyName ?? shortName(ASSEMBLY_ID),
				list: 0,
				smd: 0,
				assembly: 0,
				total: 0
			};
			rows.push(assembly);
		}
		assembly.assembly = chamber.assembly;
	}
	for (const r of rows) r.total = r.list + r.smd + r.assembly;
	const seats = rows
		.filter((r) => r.total > 0)
		.sort((a, b) => seatOrder({ id: a.partyId }, { id: b.partyId }));

	const byId = new Map(allocation.map((a) => [a.partyId, a]));
	const seatsOf = (list: PartySeats[], id: string) =>
		list.find((r) => r.partyId === id)?.total ?? 0;
	const ids = [
		...[...contestants].sort((a, b) => b.votes! - a.votes!).map((p) => p.id),
		...rows.filter((r) => !byId.has(r.partyId)).map((r) => r.partyId)
	];
	const names = new Map(election.parties.map((p) => [p.id, p.name]));
	const changes = ids
		.map((id) => ({
			id,
			name: names.get(id) ?? (id === ASSEMBLY_ID ? input.assemblyName : null) ?? shortName(id),
			pct: byId.get(id)?.pct ?? null,
			eligible: byId.get(id)?.eligible ?? false,
			elected: seatsOf(elected, id),
			simulated: seatsOf(seats, id),
			change: seatsOf(seats, id) - seatsOf(elected, id)
		}))
		.filter((r) => r.pct !== null || r.elected > 0 || r.simulated > 0);
	return {
		election,
		settings,
		chamber,
		rules: input.designRules[settings.design],
		allocation,
		seats,
		elected,
		changes,
		total: seats.reduce((s, r) => s + r.total, 0),
		electedTotal: elected.reduce((s, r) => s + r.total, 0)
	};
}
