/**
 * Ready for the Kurultai: the day its results are published, one record added to the elections
 * file is all it takes. This test adds such a record, with INVENTED numbers that live here only
 * (never in data/, never shipped or shown), and checks that it validates and reaches the compare
 * pairs, the ruling party's history and the national votes without a code change.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from './load';
import { FILES } from './files';
import { realDataset, withJson } from './fixtures';
import { statesOf } from '$lib/charts/figure.server';
import type { AnyChartSpec } from '$lib/charts/spec';
import { seatChange } from '$lib/charts/seat-change/spec';
import { rulingPartyHistory } from '$lib/charts/history/spec';
import { nationalTurnout } from '$lib/charts/national-turnout/spec';
import { compareView } from '$lib/compare/build';

/** Invented: a Kurultai of 145 list seats shared by three parties. Not a result. */
const FIXTURE = {
	id: '2026',
	chamber: 'kurultai',
	date: '2026-08-23',
	convocation: 1,
	type: 'regular',
	seats_total: 145,
	seats_by_method: { party_list_pr: 145, single_member_districts: 0, assembly_of_people: 0 },
	electoral_system: 'TEST FIXTURE: invented numbers',
	threshold_pct: 5,
	registered_voters: 12000000,
	ballots_cast: 7200000,
	turnout_pct: 60,
	pct_base: 'invented',
	parties: [
		{
			party_id: 'amanat',
			name_at_election: 'X',
			votes: 4000000,
			pct: 60,
			list_seats: 100,
			smd_seats: 0,
			total_seats: 100
		},
		{
			party_id: 'ak_zhol',
			name_at_election: 'Y',
			votes: 1200000,
			pct: 18,
			list_seats: 30,
			smd_seats: 0,
			total_seats: 30
		},
		{
			party_id: 'respublica',
			name_at_election: 'Z',
			votes: 600000,
			pct: 9,
			list_seats: 15,
			smd_seats: 0,
			total_seats: 15
		}
	]
};

const withKurultai = () =>
	loadDataset(
		withJson(FILES.elections, (doc) => {
			doc.elections.push(FIXTURE);
		})
	);

describe('a Kurultai election record', () => {
	it('validates as one more record of the elections file', () => {
		const data = withKurultai();
		const k = data.elections.find((e) => e.id === '2026')!;
		expect(k.chamber).toBe('kurultai');
		expect(k.seatsTotal).toBe(data.chambers.kurultai.seatsTotal);
		expect(k.seatsByMethod).toEqual(data.chambers.kurultai.seatsByMethod);
	});

	it('appears in the compare pairs, with its 145 seats on its side', () => {
		const data = withKurultai();
		expect(statesOf(seatChange as AnyChartSpec, data)).toContain('2023-2026');
		const view = compareView(data, 'en', { a: '2023', b: '2026' });
		expect(JSON.stringify(view)).toContain('145');
	});

	it('appears in the ruling party’s history', () => {
		const data = withKurultai();
		const built = rulingPartyHistory.build(data, 'en', '');
		expect(built.rows.map((r) => (r as { id: string }).id)).toContain('2026');
	});

	it('gives the called vote its turnout in the national votes', () => {
		const data = withKurultai();
		const vote = data.nationalVotes.find((v) => v.id === data.chambers.kurultai.firstElection)!;
		expect(vote.turnoutPct).toBe(FIXTURE.turnout_pct);
		expect(vote.status).toBe('final');
		const rows = nationalTurnout.build(data, 'en', '').rows as { id: string }[];
		expect(rows.map((r) => r.id)).toContain(vote.id);
	});

	it('is refused when its seats do not add up, naming the file, record and field', () => {
		const bad = withJson(FILES.elections, (doc) => {
			doc.elections.push({ ...FIXTURE, seats_total: 144 });
		});
		expect(() => loadDataset(bad)).toThrow(/majilis-elections\.json.*2026.*seats_by_method/s);
	});
});

describe('without the record (the real data)', () => {
	it('says the Kurultai election is called, with no turnout and no seats', () => {
		const data = realDataset();
		const vote = data.nationalVotes.find((v) => v.id === data.chambers.kurultai.firstElection)!;
		expect(vote.status).toBe('called');
		expect(vote.turnoutPct).toBeNull();
		expect(data.elections.some((e) => e.chamber === 'kurultai')).toBe(false);
	});
});
