import { describe, expect, it } from 'vitest';
import { largestRemainder } from './largest-remainder';
import { realDataset } from '$lib/data/fixtures';
import { electionById, listContestants, voteBase } from '$lib/data/derive';

function seatsFor(year: string, thresholdBase?: 'with-against-all') {
	const e = electionById(realDataset(), year);
	const counts = listContestants(e).map((r) => ({ partyId: r.partyId, votes: r.votes ?? 0 }));
	const result = largestRemainder(counts, {
		seats: e.seatsByMethod.list,
		thresholdPct: e.thresholdPct,
		thresholdBase: thresholdBase ? (voteBase(e) ?? undefined) : undefined
	});
	return Object.fromEntries(result.filter((r) => r.seats > 0).map((r) => [r.partyId, r.seats]));
}

describe('largestRemainder (Hare quota)', () => {
	it('reproduces the 2023 list seats 40/8/6/6/5/4 from the votes and the 5% threshold', () => {
		expect(seatsFor('2023', 'with-against-all')).toEqual({
			amanat: 40,
			auyl: 8,
			respublica: 6,
			ak_zhol: 6,
			ppk: 5,
			osdp: 4
		});
	});

	it('reproduces 2021 (76/12/10) with its 7% threshold, leaving Auyl (5.29%) out', () => {
		expect(seatsFor('2021')).toEqual({ amanat: 76, ak_zhol: 12, ppk: 10 });
	});

	it('reproduces 2016 (84/7/7) and 2012 (83/8/7)', () => {
		expect(seatsFor('2016')).toEqual({ amanat: 84, ak_zhol: 7, ppk: 7 });
		expect(seatsFor('2012')).toEqual({ amanat: 83, ak_zhol: 8, ppk: 7 });
	});

	it('matches every list seat in the data where votes are known', () => {
		for (const e of realDataset().elections) {
			const contestants = listContestants(e);
			if (contestants.some((r) => r.votes === null)) continue;
			const expected = Object.fromEntries(
				contestants.filter((r) => r.listSeats > 0).map((r) => [r.partyId, r.listSeats])
			);
			expect(seatsFor(e.id, e.id === '2023' ? 'with-against-all' : undefined), e.id).toEqual(
				expected
			);
		}
	});

	it('gives the seats left over to the largest remainders, by hand', () => {
		// quota 10/5 = 2: A 3.5 -> 3 r.5, B 1.1 -> 1 r.1, C 0.4 -> 0 r.4 (5% threshold passed by all)
		const r = largestRemainder(
			[
				{ partyId: 'a', votes: 7 },
				{ partyId: 'b', votes: 2.2 },
				{ partyId: 'c', votes: 0.8 }
			],
			{ seats: 5, thresholdPct: 5 }
		);
		expect(r.map((x) => x.seats)).toEqual([4, 1, 0]);
	});

	it('counts a party exactly at the threshold as over it', () => {
		const r = largestRemainder(
			[
				{ partyId: 'a', votes: 95 },
				{ partyId: 'b', votes: 5 }
			],
			{ seats: 20, thresholdPct: 5 }
		);
		expect(r.map((x) => [x.eligible, x.seats])).toEqual([
			[true, 19],
			[true, 1]
		]);
	});

	it('breaks equal remainders by votes, then by id, whatever the input order', () => {
		const counts = [
			{ partyId: 'b', votes: 1 },
			{ partyId: 'a', votes: 1 },
			{ partyId: 'c', votes: 1 }
		];
		const seats = (cs: typeof counts) =>
			Object.fromEntries(
				largestRemainder(cs, { seats: 2, thresholdPct: 0 }).map((x) => [x.partyId, x.seats])
			);
		expect(seats(counts)).toEqual({ a: 1, b: 1, c: 0 });
		expect(seats([...counts].reverse())).toEqual({ a: 1, b: 1, c: 0 });
	});

	it('refuses negative votes and fractional seats', () => {
		expect(() =>
			largestRemainder([{ partyId: 'a', votes: -1 }], { seats: 1, thresholdPct: 0 })
		).toThrow(/"a"/);
		expect(() => largestRemainder([], { seats: 1.5, thresholdPct: 0 })).toThrow(/whole number/);
	});
});
