/**
 * One entry point for every seat-allocation method the simulator offers, with the same input,
 * options and output: `allocate('dhondt', counts, { seats: 98, thresholdPct: 7 })`.
 */
import type { AllocationOptions, SeatAllocation, VoteCount } from './common';
import { dhondt, sainteLague } from './divisor';
import { largestRemainder } from './largest-remainder';

export type { AllocationOptions, SeatAllocation, VoteCount } from './common';

export type Method = 'hare' | 'dhondt' | 'sainte-lague';

export const METHODS: readonly Method[] = ['hare', 'dhondt', 'sainte-lague'];

const IMPLEMENTATION: Record<
	Method,
	(counts: VoteCount[], options: AllocationOptions) => SeatAllocation[]
> = { hare: largestRemainder, dhondt, 'sainte-lague': sainteLague };

export function isMethod(value: string): value is Method {
	return (METHODS as readonly string[]).includes(value);
}

/**
 * Seats per party, one row per input party in input order. If no party reaches the threshold
 * (or seats is 0), every party gets 0 seats: the function reports that rather than invent a rule.
 */
export function allocate(
	method: Method,
	counts: VoteCount[],
	options: AllocationOptions
): SeatAllocation[] {
	return IMPLEMENTATION[method](counts, options);
}
