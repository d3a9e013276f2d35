/**
 * Highest-averages (divisor) methods: seats are handed out one at a time, each to the party
 * whose votes divided by the divisor for its next seat are highest.
 * - D'Hondt: divisors 1, 2, 3, … (favours larger parties).
 * - Sainte-Laguë: divisors 1, 3, 5, … (the pure form, without the modified first divisor 1.4;
 *   closer to proportional for small parties).
 */
import {
	byVotesThenId,
	thresholdRows,
	type AllocationOptions,
	type SeatAllocation
} from './common';

/** The divisor for a party's next seat, given the seats it already has. */
export type Divisor = (seatsHeld: number) => number;

export const DHONDT: Divisor = (s) => s + 1;
export const SAINTE_LAGUE: Divisor = (s) => 2 * s + 1;

/**
 * Averages are compared exactly by cross-multiplying (votes_a × divisor_b against
 * votes_b × divisor_a, whole numbers for whole votes). An equal average goes to the party with
 * more votes, then to the earlier party id in alphabetical order.
 */
export function highestAverages(
	counts: { partyId: string; votes: number }[],
	options: AllocationOptions,
	divisor: Divisor
): SeatAllocation[] {
	const rows = thresholdRows(counts, options);
	const eligible = rows.filter((r) => r.eligible);
	if (eligible.length === 0) return rows;
	for (let seat = 0; seat < options.seats; seat++) {
		let best = eligible[0]!;
		for (const r of eligible.slice(1)) {
			const diff = r.votes * divisor(best.seats) - best.votes * divisor(r.seats);
			if (diff > 0 || (diff === 0 && byVotesThenId(r, best) < 0)) best = r;
		}
		best.seats += 1;
	}
	return rows;
}

export function dhondt(counts: { partyId: string; votes: number }[], options: AllocationOptions) {
	return highestAverages(counts, options, DHONDT);
}

export function sainteLague(
	counts: { partyId: string; votes: number }[],
	options: AllocationOptions
) {
	return highestAverages(counts, options, SAINTE_LAGUE);
}
