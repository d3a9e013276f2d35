import { describe, expect, it } from 'vitest';
import { realDataset } from './fixtures';
import {
	electionById,
	majority,
	partiesOverThreshold,
	largestParty,
	seatChanges,
	seatingRank,
	seatsByParty,
	seatsOf,
	voteBase
} from './derive';

const data = realDataset();
const e2023 = electionById(data, '2023');
const e2021 = electionById(data, '2021');

describe('the seed figures of the 8th Majilis (2023)', () => {
	it('has 98 seats: 69 party-list and 29 single-mandate', () => {
		expect(e2023.seatsTotal).toBe(98);
		expect(e2023.seatsByMethod).toEqual({ list: 69, smd: 29, assembly: 0 });
		expect(majority(e2023.seatsTotal)).toBe(50);
	});

	it('gives Amanat 63 by membership and 62 by nomination, 40 of them list seats', () => {
		const membership = seatsByParty(data, e2023, 'membership');
		const nomination = seatsByParty(data, e2023, 'nomination');
		expect(seatsOf(membership, 'amanat')).toBe(63);
		expect(seatsOf(nomination, 'amanat')).toBe(62);
		expect(membership.find((r) => r.partyId === 'amanat')).toMatchObject({ list: 40, smd: 23 });
		expect(nomination.find((r) => r.partyId === 'amanat')).toMatchObject({ list: 40, smd: 22 });
		expect(membership.reduce((s, r) => s + r.total, 0)).toBe(98);
		expect(nomination.reduce((s, r) => s + r.total, 0)).toBe(98);
	});

	it('had 54.21% turnout and six of seven parties over the 5% threshold', () => {
		expect(e2023.turnoutPct).toBe(54.21);
		expect(partiesOverThreshold(e2023)).toHaveLength(6);
		expect(e2023.results.filter((r) => r.pct !== null)).toHaveLength(7);
		expect(voteBase(e2023)).toBe(6_366_441);
	});
});

describe('the 7th Majilis (2021)', () => {
	it('gave Nur Otan 76 of 107 seats, with 9 chosen by the Assembly of the People', () => {
		const seats = seatsByParty(data, e2021);
		expect(seatsOf(seats, 'amanat')).toBe(76);
		expect(e2021.seatsTotal).toBe(107);
		expect(seatsOf(seats, 'apk')).toBe(9);
		expect(majority(107)).toBe(54);
	});

	it('to 2023: Amanat -13 seats, from 71.0% to 64.3% of the chamber', () => {
		const changes = seatChanges(
			seatsByParty(data, e2021),
			107,
			seatsByParty(data, e2023, 'membership'),
			98,
			(id) => seatingRank(data, id)
		);
		const amanat = changes.find((c) => c.partyId === 'amanat');
		expect(amanat?.change).toBe(-13);
		expect(amanat?.shareA).toBeCloseTo(71.03, 2);
		expect(amanat?.shareB).toBeCloseTo(64.29, 2);
		expect(changes.find((c) => c.partyId === 'apk')).toMatchObject({
			seatsA: 9,
			seatsB: 0,
			change: -9
		});
		expect(changes.find((c) => c.partyId === 'respublica')).toMatchObject({
			seatsA: 0,
			seatsB: 6,
			change: 6
		});
	});
});

describe('the ruling party', () => {
	it('is the largest party of every election, with a majority by either count', () => {
		for (const e of data.elections) {
			for (const count of ['membership', 'nomination'] as const) {
				const id = largestParty(data, e, count);
				expect(id, `${e.id} by ${count}`).toBe('amanat');
				expect(seatsOf(seatsByParty(data, e, count), id)).toBeGreaterThanOrEqual(
					majority(e.seatsTotal)
				);
			}
		}
	});
});

describe('seatingRank', () => {
	it('follows the order of data/parties.json, unknown ids last', () => {
		expect(data.parties.map((p) => seatingRank(data, p.id))).toEqual(data.parties.map((_, i) => i));
		expect(seatingRank(data, 'nobody')).toBe(data.parties.length);
		expect(seatsByParty(data, e2023, 'membership').map((r) => r.partyId)).toEqual([
			'ppk',
			'osdp',
			'auyl',
			'amanat',
			'respublica',
			'ak_zhol',
			'independents'
		]);
	});
});
