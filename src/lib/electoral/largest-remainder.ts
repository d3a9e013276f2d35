/**
 * Party-list seats by the largest-remainder method with the Hare quota, as Kazakhstan's
 * election law prescribes for the Majilis: parties at or above the threshold share the seats;
 * quota = their votes / seats; each gets the whole part of votes / quota, and the seats left
 * go to the largest remainders.
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
	eligible: boolean;
	/** votes / quota, for parties over the threshold; 0 otherwise. */
	quotient: number;
	seats: number;
}

export interface AllocationOptions {
	seats: number;
	thresholdPct: number;
	/**
	 * Votes the threshold is measured against. Defaults to the sum of the parties' votes;
	 * in 2023 it also included the 'against all' votes.
	 */
	thresholdBase?: number;
}

/**
 * Ties in the remainders go to the party with more votes, then to the earlier party id in
 * alphabetical order, so that the result never depends on input order.
 */
export function largestRemainder(
	counts: VoteCount[],
	options: AllocationOptions
): SeatAllocation[] {
	const { seats, thresholdPct } = options;
	if (!Number.isInteger(seats) || seats < 0)
		throw new RangeError(`seats must be a whole number ≥ 0, got ${seats}`);
	for (const c of counts) {
		if (!Number.isFinite(c.votes) || c.votes < 0)
			throw new RangeError(`votes of "${c.partyId}" must be ≥ 0, got ${c.votes}`);
	}
	const base = options.thresholdBase ?? counts.reduce((s, c) => s + c.votes, 0);
	const rows = counts.map((c) => {
		const pct = base > 0 ? (c.votes / base) * 100 : 0;
		return {
			partyId: c.partyId,
			votes: c.votes,
			pct,
			eligible: c.votes > 0 && pct >= thresholdPct,
			quotient: 0,
			seats: 0
		};
	});
	const eligible = rows.filter((r) => r.eligible);
	const eligibleVotes = eligible.reduce((s, r) => s + r.votes, 0);
	if (eligibleVotes === 0 || seats === 0) return rows;
	const quota = eligibleVotes / seats;
	for (const r of eligible) {
		r.quotient = r.votes / quota;
		r.seats = Math.floor(r.quotient);
	}
	let left = seats - eligible.reduce((s, r) => s + r.seats, 0);
	const byRemainder = [...eligible].sort(
		(a, b) =>
			b.quotient - b.seats - (a.quotient - a.seats) ||
			b.votes - a.votes ||
			a.partyId.localeCompare(b.partyId)
	);
	for (const r of byRemainder) {
		if (left === 0) break;
		r.seats += 1;
		left -= 1;
	}
	return rows;
}
