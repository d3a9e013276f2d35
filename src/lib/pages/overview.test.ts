import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import {
	headlines,
	hemicycle2023,
	seatsByMethod2023,
	turnoutHistory,
	voteShare2023
} from './overview';

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
			againstAllPct: 3.9
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

describe('overview charts', () => {
	it('hemicycle: 98 seats, 63 Amanat, 69 list and 29 single-mandate', () => {
		const { data: d, meta } = hemicycle2023(data);
		const seats = d.parties.flatMap((p) => p.seats);
		expect(meta.id).toBe('hemicycle-2023');
		expect(seats).toHaveLength(98);
		expect(seats.filter((s) => s.party === 'amanat')).toHaveLength(63);
		expect(seats.filter((s) => s.method === 'list')).toHaveLength(69);
		expect(seats.filter((s) => s.method === 'smd')).toHaveLength(29);
		// The exported file carries the other count with it.
		expect(d.note?.lines.map((l) => l.text).join(' ')).toBe(
			"Single-mandate seats counted by party membership. By nomination, the election commission's count, Amanat has 62 seats."
		);
	});

	it('vote share: parties largest first, against all apart, table rows and total', () => {
		const { data: d, meta, rows, footer } = voteShare2023(data);
		expect(meta.id).toBe('vote-share-2023');
		expect(meta.title).toBe('Party-list vote, 2023: 6 of 7 parties passed 5%');
		expect(d.bars.map((b) => b.id)).toEqual([
			'amanat',
			'auyl',
			'respublica',
			'ak_zhol',
			'ppk',
			'osdp',
			'baytaq'
		]);
		expect(d.against?.pct).toBe(3.9);
		expect(rows.at(-1)).toMatchObject({ id: 'against-all', votes: 248291, listSeats: null });
		expect(footer).toMatchObject({ votes: 6366441, pct: 100, listSeats: 69 });
		expect(d.note?.lines.map((l) => l.text).join(' ')).toMatch(/^Shares of 6,366,441 votes/);
	});

	it('seats by method: both counts side by side, each adding up to the chamber', () => {
		const { meta, rows, footer, data: d } = seatsByMethod2023(data);
		expect(meta.id).toBe('seats-by-method-2023');
		expect(rows.find((r) => r.id === 'amanat')).toEqual({
			id: 'amanat',
			name: 'Amanat',
			list: 40,
			smdMembership: 23,
			smdNomination: 22,
			totalMembership: 63,
			totalNomination: 62
		});
		expect(rows.find((r) => r.id === 'independents')).toMatchObject({
			smdMembership: 6,
			smdNomination: 7
		});
		expect(footer).toMatchObject({
			list: 69,
			smdMembership: 29,
			smdNomination: 29,
			totalMembership: 98,
			totalNomination: 98
		});
		expect(d.note?.lines.map((l) => l.text).join(' ')).toBe(
			"By nomination, the election commission's count, Amanat has 22 single-mandate seats (62 in all) and the self-nominated 7."
		);
		expect(d.rows.find((r) => r.id === 'amanat')?.tip).toBe(
			'Amanat\n63 seats: 40 party-list, 23 single-mandate\nBy nomination (CEC): 22 single-mandate seats, 62 in all'
		);
	});

	it('turnout history: six elections from 2004, 2007 and 2023 with other published figures', () => {
		const { meta, rows, alternatives } = turnoutHistory(data);
		expect(meta.id).toBe('turnout-history');
		expect(rows.map((r) => [r.year, r.pct])).toEqual([
			[2004, 56.49],
			[2007, 64.56],
			[2012, 75.4],
			[2016, 77.12],
			[2021, 63.25],
			[2023, 54.21]
		]);
		expect(alternatives.map((a) => [a.year, a.others.map((o) => o.value)])).toEqual([
			[2007, ['68.4%']],
			[2023, ['54.19%', '52.90%']]
		]);
		expect(rows.find((r) => r.year === 2007)?.alternatives).toBe('68.4%');
		expect(rows.find((r) => r.year === 2016)?.ballots).toBeNull();
	});
});
