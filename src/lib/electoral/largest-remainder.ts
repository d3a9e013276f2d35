/**
 * Party-list seats by the largest-remainder method with the Hare quota, as Kazakhstan's
 * election law prescribes for the Majilis: parties at or above the threshold share the seats;
 * quota = their votes / seats; each gets the whole part of votes / quota, and the seats left
 * go to the largest remainders.
 */
import {
	byVotesThenId,
	thresholdRows,
	type AllocationOptions,
	type SeatAllocation
} from './common';

export type { AllocationOptions, SeatAllocation, VoteCount } from './common';

/**
 * Remainders are compared exactly, as votes × seats − whole seats × eligible votes (whole
 * numbers for whole votes). Ties in the remainders go to the party with more votes, then to
 * the earlier party id in alphabetical order, so that the result never depends on input order.
 */
export function largestRemainder(
	counts: { partyId: string; votes: number }[],
	options: AllocationOptions
): SeatAllocation[] {
	const rows = thresholdRows(counts, options);
	const { seats } = options;
	const eligible = rows.filter((r) => r.eligible);
	const eligibleVotes = eligible.reduce((s, r) => s + r.votes, 0);
	if (eligibleVotes === 0 || seats === 0) return rows;
	const remainder = new Map<SeatAllocation, number>();
	for (const r of eligible) {
		r.seats = Math.floor((r.votes * seats) / eligibleVotes);
		remainder.set(r, r.votes * seats - r.seats * eligibleVotes);
	}
	let left = seats - eligible.reduce((s, r) => s + r.seats, 0);
	const byRemainder = [...eligible].sort(
		(a, b) => remainder.get(b)! - remainder.get(a)! || byVotesThenId(a, b)
	);
	for (const r of byRemainder) {
		if (left === 0) break;
		r.seats += 1;
		left -= 1;
	}
	return rows;
}
