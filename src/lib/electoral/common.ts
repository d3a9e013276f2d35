/**
 * What every seat-allocation method shares: the input, the output, the checks on both, and
 * the legal threshold. Pure functions, no DOM: they run at build time and in the browser.
 */
export interface VoteCount {
	partyId: string;
	votes: number;
}

export interface SeatAllocation {
	partyId: string;
	votes: number;
	/** Share of the threshold base, in percent. */
	pct: number;
	/** At or above the threshold (and with at least one vote). */
	eligible: boolean;
	/**
	 * The party's exact proportional entitlement: votes × seats / votes of the eligible parties
	 * (= votes / Hare quota). The same number for every method; 0 for parties under the threshold.
	 */
	quotient: number;
	seats: number;
}

export interface AllocationOptions {
	/** Seats to fill, a whole number ≥ 0. */
	seats: number;
	/**
	 * Threshold in percent, from 0 to 100, read to hundredths of a percent. A party exactly at
	 * the threshold is over it: Kazakhstan's law asks for "not less than" the threshold.
	 */
	thresholdPct: number;
	/**
	 * Votes the threshold is measured against. Defaults to the sum of the parties' votes;
	 * in 2023 it also included the 'against all' votes.
	 */
	thresholdBase?: number;
}

/** Refuses input no method could allocate honestly, naming the offending party or value. */
export function checkInput(counts: VoteCount[], options: AllocationOptions): void {
	const { seats, thresholdPct, thresholdBase } = options;
	if (!Number.isInteger(seats) || seats < 0)
		throw new RangeError(`seats must be a whole number ≥ 0, got ${seats}`);
	if (!Number.isFinite(thresholdPct) || thresholdPct < 0 || thresholdPct > 100)
		throw new RangeError(`thresholdPct must be from 0 to 100, got ${thresholdPct}`);
	if (thresholdBase !== undefined && !(Number.isFinite(thresholdBase) && thresholdBase >= 0))
		throw new RangeError(`thresholdBase must be ≥ 0, got ${thresholdBase}`);
	const seen = new Set<string>();
	for (const c of counts) {
		if (!Number.isFinite(c.votes) || c.votes < 0)
			throw new RangeError(`votes of "${c.partyId}" must be ≥ 0, got ${c.votes}`);
		if (seen.has(c.partyId)) throw new RangeError(`party "${c.partyId}" appears twice`);
		seen.add(c.partyId);
	}
}

/**
 * One row per party, in input order, with its share and whether it passes the threshold; no
 * seats yet. The comparison is done in whole numbers (votes × 10,000 against hundredths of a
 * percent × base), so a party exactly at the threshold is never lost to floating-point error.
 */
export function thresholdRows(counts: VoteCount[], options: AllocationOptions): SeatAllocation[] {
	checkInput(counts, options);
	const base = options.thresholdBase ?? counts.reduce((s, c) => s + c.votes, 0);
	const hundredths = Math.round(options.thresholdPct * 100);
	const rows = counts.map((c) => ({
		partyId: c.partyId,
		votes: c.votes,
		pct: base > 0 ? (c.votes / base) * 100 : 0,
		eligible: c.votes > 0 && c.votes * 10_000 >= hundredths * base,
		quotient: 0,
		seats: 0
	}));
	const eligibleVotes = rows.reduce((s, r) => s + (r.eligible ? r.votes : 0), 0);
	if (eligibleVotes > 0) {
		for (const r of rows) if (r.eligible) r.quotient = (r.votes * options.seats) / eligibleVotes;
	}
	return rows;
}

/**
 * The last tie-break of every method: more votes first, then the party id in alphabetical
 * order, so that the result never depends on the order of the input.
 */
export function byVotesThenId(a: SeatAllocation, b: SeatAllocation): number {
	return b.votes - a.votes || (a.partyId < b.partyId ? -1 : a.partyId > b.partyId ? 1 : 0);
}
