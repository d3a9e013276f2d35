import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { headlines, turnoutAlternatives } from './overview';

const data = realDataset();

describe('overview headline figures, from data/', () => {
	const h = headlines(data);
	it('the chamber: 98 seats, 50 for a majority, 69 by list and 29 single-mandate', () => {
		expect([h.seats, h.majority, h.list, h.smd]).toEqual([98, 50, 69, 29]);
		expect(h.convocation).toBe(8);
	});
	it('Amanat: 63 by membership, 62 by nomination, with both sets of sources', () => {
		const a = h.amanat;
		expect([a.list, a.smdByMembership, a.byMembership]).toEqual([40, 23, 63]);
		expect([a.smdByNomination, a.byNomination]).toEqual([22, 62]);
		expect([a.selfNominated, a.selfNominatedNotMembers]).toEqual([7, 6]);
		expect(a.membershipSources.map((s) => s.publisher)).toEqual([
			'Congressional Research Service',
			'Eurasianet'
		]);
		expect(a.nominationSources.map((s) => s.publisher)).toEqual(['News.az', 'RIA Novosti']);
	});
	it('turnout 54.21%, rounded 54, and 54.19% at the close of polls', () => {
		expect(h.turnout.pct).toBe(54.21);
		expect(h.turnout.rounded).toBe(54);
		expect(h.turnout.closeOfPolls?.pct).toBe(54.19);
		expect(h.turnout.closeOfPolls?.source).toMatch(/^Kazinform/);
	});
	it('six of seven parties over 5%; Baytaq under', () => {
		expect(h.threshold).toEqual({
			pct: 5,
			over: 6,
			contestants: 7,
			under: [{ name: 'Baytaq', pct: 2.3 }],
			againstAllPct: 3.9,
			voteBase: 6366441
		});
	});
	it("the previous convocation: Nur Otan's 76 of 107, renamed Amanat in 2022", () => {
		const p = h.previous!;
		expect([p.year, p.convocation, p.seats, p.majority]).toEqual([2021, 7, 107, 54]);
		expect([p.party, p.partySeats]).toEqual(['Nur Otan', 76]);
		expect(p.renamed).toEqual({ to: 'Amanat', year: '2022' });
		expect(p.share).toBeCloseTo(71.03, 2);
		expect(p.shareNow).toBeCloseTo(64.29, 2);
	});
});

describe('other published turnout figures', () => {
	it('2007 and 2023, as written in the data', () => {
		expect(turnoutAlternatives(data).map((a) => [a.year, a.others.map((o) => o.value)])).toEqual([
			[2007, ['68.4%']],
			[2023, ['54.19%', '52.90%']]
		]);
	});
});
