import { describe, expect, it } from 'vitest';
import { allocate, METHODS, type Method, type VoteCount } from './allocate';
import { DHONDT, SAINTE_LAGUE, type Divisor } from './divisor';
import { realDataset } from '$lib/data/fixtures';
import { electionById, listContestants, voteBase } from '$lib/data/derive';

const counts = (votes: Record<string, number>): VoteCount[] =>
	Object.entries(votes).map(([partyId, v]) => ({ partyId, votes: v }));

function seats(method: Method, votes: Record<string, number>, n: number, thresholdPct = 0) {
	return Object.fromEntries(
		allocate(method, counts(votes), { seats: n, thresholdPct }).map((r) => [r.partyId, r.seats])
	);
}

describe('allocate: published list seats (largest remainder, Hare quota)', () => {
	// The threshold is measured against the base the election used: in 2023 party votes plus
	// 'against all' (voteBase), before that the party votes alone (voteBase equals their sum).
	const published = (id: string, method: Method = 'hare') => {
		const e = electionById(realDataset(), id);
		const result = allocate(
			method,
			listContestants(e).map((r) => ({ partyId: r.partyId, votes: r.votes! })),
			{ seats: e.seatsByMethod.list, thresholdPct: e.thresholdPct, thresholdBase: voteBase(e)! }
		);
		return Object.fromEntries(result.filter((r) => r.seats > 0).map((r) => [r.partyId, r.seats]));
	};

	it.each([
		['2023', { amanat: 40, auyl: 8, respublica: 6, ak_zhol: 6, ppk: 5, osdp: 4 }],
		['2021', { amanat: 76, ak_zhol: 12, ppk: 10 }],
		['2016', { amanat: 84, ak_zhol: 7, ppk: 7 }],
		['2012', { amanat: 83, ak_zhol: 8, ppk: 7 }],
		['2007', { amanat: 98 }]
	])('%s', (id, expected) => {
		expect(published(id)).toEqual(expected);
	});

	it('gives 2023 to D’Hondt and Sainte-Laguë as their divisors predict', () => {
		// By hand from the 2023 votes (5% threshold): D'Hondt's 69th seat is won at an average of
		// 83,695 (Amanat's 41st: 3,431,510 / 41); NSDP's 4th would need 331,058 / 4 = 82,765.
		expect(published('2023', 'dhondt')).toEqual({
			amanat: 41,
			auyl: 8,
			respublica: 6,
			ak_zhol: 6,
			ppk: 5,
			osdp: 3
		});
		// Sainte-Laguë: the 69th seat is Amanat's 40th at 3,431,510 / 79 = 43,437; Amanat's 41st
		// would need 3,431,510 / 81 = 42,364, so NSDP keeps its 4th (331,058 / 7 = 47,294).
		expect(published('2023', 'sainte-lague')).toEqual({
			amanat: 40,
			auyl: 8,
			respublica: 6,
			ak_zhol: 6,
			ppk: 5,
			osdp: 4
		});
	});
});

describe('allocate: hand-computed cases', () => {
	// A textbook case: 100,000 / 80,000 / 30,000 / 20,000 votes for 8 seats.
	const votes = { a: 100_000, b: 80_000, c: 30_000, d: 20_000 };

	it('largest remainder: quota 28,750 gives 3/2/1/0 and the two seats left to b and d', () => {
		// quotients 3.478, 2.783, 1.043, 0.696: whole seats 3+2+1+0 = 6; remainders b .783,
		// d .696 take the last two.
		expect(seats('hare', votes, 8)).toEqual({ a: 3, b: 3, c: 1, d: 1 });
	});

	it("D'Hondt: averages 100, 80, 50, 40, 33.3, 30, 26.7, 25 (thousands) give 4/3/1/0", () => {
		expect(seats('dhondt', votes, 8)).toEqual({ a: 4, b: 3, c: 1, d: 0 });
	});

	it('Sainte-Laguë: averages 100, 80, 33.3, 30, 26.7, 20, 20, 16 give 3/3/1/1', () => {
		expect(seats('sainte-lague', votes, 8)).toEqual({ a: 3, b: 3, c: 1, d: 1 });
	});

	it('every method fills exactly the seats, and 7 seats differ where they should', () => {
		for (const m of METHODS) {
			const total = Object.values(seats(m, votes, 7)).reduce((a, b) => a + b, 0);
			expect(total, m).toBe(7);
		}
		expect(seats('hare', votes, 7)).toEqual({ a: 3, b: 2, c: 1, d: 1 });
		expect(seats('dhondt', votes, 7)).toEqual({ a: 3, b: 3, c: 1, d: 0 });
		expect(seats('sainte-lague', votes, 7)).toEqual({ a: 3, b: 2, c: 1, d: 1 });
	});
});

describe('allocate: ties', () => {
	it('largest remainder: an equal remainder goes to more votes, then to the earlier id', () => {
		// quota 4 / 2 = 2: a 1.5 and b 0.5 tie on remainder .5; a has more votes.
		expect(seats('hare', { b: 1, a: 3 }, 2)).toEqual({ b: 0, a: 2 });
		// Three equal parties, two seats: the earlier ids win.
		expect(seats('hare', { b: 1, a: 1, c: 1 }, 2)).toEqual({ a: 1, b: 1, c: 0 });
	});

	it("D'Hondt: a tied last average goes to more votes, then to the earlier id", () => {
		// a 6 → 6, 3, 2; b 4 → 4, 2: the 4th seat is a tie at 2 between a and b; a has more votes.
		expect(seats('dhondt', { b: 4, a: 6 }, 4)).toEqual({ b: 1, a: 3 });
		// Equal votes: the 3rd seat (2.5 against 2.5) goes to the earlier id.
		expect(seats('dhondt', { y: 5, x: 5 }, 3)).toEqual({ y: 1, x: 2 });
	});

	it('Sainte-Laguë: a tied last average goes to more votes, then to the earlier id', () => {
		// a 9 → 9, 3; b 3 → 3: the 2nd seat is a tie at 3; a has more votes.
		expect(seats('sainte-lague', { a: 9, b: 3 }, 2)).toEqual({ a: 2, b: 0 });
		expect(seats('sainte-lague', { q: 7, p: 7 }, 3)).toEqual({ q: 1, p: 2 });
	});

	it('gives the same seats whatever the input order', () => {
		const v = { a: 5, b: 5, c: 5, d: 2 };
		const reversed = Object.fromEntries(Object.entries(v).reverse());
		for (const m of METHODS) {
			for (const n of [1, 2, 4, 7])
				expect(seats(m, reversed, n), `${m} ${n}`).toEqual(seats(m, v, n));
		}
	});
});

describe('allocate: the threshold', () => {
	it.each(METHODS)('%s: a party exactly at 5% is over it and wins its seat', (m) => {
		const rows = allocate(m, counts({ a: 95, b: 5 }), { seats: 20, thresholdPct: 5 });
		expect(rows.map((r) => [r.partyId, r.eligible, r.seats])).toEqual([
			['a', true, 19],
			['b', true, 1]
		]);
		// One hundredth of a point higher and b is out: a takes every seat.
		expect(seats(m, { a: 95, b: 5 }, 20, 5.01)).toEqual({ a: 20, b: 0 });
	});

	it('compares in whole numbers, so 29 of 100 votes pass a 29% threshold', () => {
		// In floating point 29 / 100 × 100 is 28.999999999999996, under 29.
		const rows = allocate('hare', counts({ a: 29, b: 71 }), { seats: 10, thresholdPct: 29 });
		expect(rows[0]!.eligible).toBe(true);
	});

	it('measures the threshold against the base it is given (2023: with "against all")', () => {
		// b has 5/98 = 5.1% of party votes but 5/100 = 5% of a base that includes 2 'against all'.
		const v = counts({ a: 93, b: 5 });
		expect(allocate('hare', v, { seats: 10, thresholdPct: 5.05 })[1]!.eligible).toBe(true);
		expect(
			allocate('hare', v, { seats: 10, thresholdPct: 5.05, thresholdBase: 100 })[1]!.eligible
		).toBe(false);
	});

	it.each(METHODS)('%s: no party over the threshold leaves every seat empty', (m) => {
		const rows = allocate(m, counts({ a: 6, b: 4 }), { seats: 5, thresholdPct: 61 });
		expect(rows.map((r) => [r.eligible, r.seats, r.quotient])).toEqual([
			[false, 0, 0],
			[false, 0, 0]
		]);
	});

	it.each(METHODS)('%s: zero seats, no votes and no parties give zero seats', (m) => {
		expect(seats(m, { a: 6, b: 4 }, 0)).toEqual({ a: 0, b: 0 });
		expect(seats(m, { a: 0, b: 0 }, 3)).toEqual({ a: 0, b: 0 });
		expect(allocate(m, [], { seats: 3, thresholdPct: 5 })).toEqual([]);
	});

	it('reports shares and the Hare entitlement the same way for every method', () => {
		for (const m of METHODS) {
			const rows = allocate(m, counts({ a: 60, b: 30, c: 10 }), { seats: 9, thresholdPct: 20 });
			expect(rows.map((r) => [r.pct, r.eligible, r.quotient])).toEqual([
				[60, true, 6],
				[30, true, 3],
				[10, false, 0]
			]);
		}
	});
});

describe('allocate: input checks', () => {
	it.each(METHODS)('%s refuses what it cannot allocate', (m) => {
		expect(() => allocate(m, counts({ a: -1 }), { seats: 1, thresholdPct: 0 })).toThrow(/"a"/);
		expect(() => allocate(m, counts({ a: NaN }), { seats: 1, thresholdPct: 0 })).toThrow(/"a"/);
		expect(() => allocate(m, [], { seats: 1.5, thresholdPct: 0 })).toThrow(/whole number/);
		expect(() => allocate(m, [], { seats: 1, thresholdPct: 101 })).toThrow(/thresholdPct/);
		expect(() =>
			allocate(
				m,
				[
					{ partyId: 'a', votes: 1 },
					{ partyId: 'a', votes: 2 }
				],
				{ seats: 1, thresholdPct: 0 }
			)
		).toThrow(/twice/);
	});
});

/**
 * A divisor method's result is right exactly when no party's next average beats any party's
 * last winning average (checked in whole numbers). This holds for any input, so it is checked
 * on every election in the data at every threshold from 0 to 10%.
 */
function divisorResultHolds(
	rows: { votes: number; seats: number; eligible: boolean }[],
	d: Divisor
) {
	const inRows = rows.filter((r) => r.eligible);
	for (const next of inRows) {
		for (const last of inRows.filter((r) => r.seats > 0)) {
			// next.votes / d(next.seats) ≤ last.votes / d(last.seats - 1)
			if (next.votes * d(last.seats - 1) > last.votes * d(next.seats)) return false;
		}
	}
	return true;
}

describe('allocate: properties on the real votes', () => {
	const elections = realDataset().elections.filter((e) =>
		listContestants(e).every((r) => r.votes !== null)
	);

	it('fills exactly the seats and satisfies each method’s rule, for every threshold 0–10%', () => {
		for (const e of elections) {
			const v = listContestants(e).map((r) => ({ partyId: r.partyId, votes: r.votes! }));
			for (let t = 0; t <= 100; t += 5) {
				const options = { seats: 98, thresholdPct: t / 10, thresholdBase: voteBase(e)! };
				for (const m of METHODS) {
					const rows = allocate(m, v, options);
					expect(
						rows.reduce((s, r) => s + r.seats, 0),
						`${e.id} ${m} ${t / 10}`
					).toBe(98);
					// Largest remainder: every party gets its entitlement rounded down or up.
					if (m === 'hare')
						for (const r of rows)
							expect(Math.abs(r.seats - r.quotient), `${e.id} ${r.partyId}`).toBeLessThan(1);
					if (m === 'dhondt') expect(divisorResultHolds(rows, DHONDT), e.id).toBe(true);
					if (m === 'sainte-lague') expect(divisorResultHolds(rows, SAINTE_LAGUE), e.id).toBe(true);
				}
			}
		}
	});
});
