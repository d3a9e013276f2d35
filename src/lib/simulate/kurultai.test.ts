/**
 * The Kurultai design: 145 list seats, largest remainders with the Hare quota, threshold 5% by
 * default (from data/chambers.json; the formula, which no source gives, assumed), checked against an allocation computed here
 * from the vote counts in data/majilis-elections.json with whole numbers only, and against
 * figures worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { voteBase } from '$lib/data/derive';
import { simulatorInput } from '$lib/pages/simulate';
import { simulatedHemicycle } from '$lib/charts/simulated/spec';
import { defaultSettings, simulate, withDesign, type SimInput } from './model';
import { parseQuery, toQuery } from './query';
import { explain } from './explain';
import { simulatedChart } from './chart';

const data = realDataset();
const input = simulatorInput(data);
const design = data.chambers.kurultai;

/**
 * Hare by hand, in integers: a party is in when votes × 100 ≥ threshold × base; its entitlement
 * is votes × seats / eligible votes; whole parts first, then the largest remainders
 * (votes × seats mod eligible votes), ties to more votes.
 */
function hare(votes: Record<string, number>, seats: number, base: number, pct: number) {
	const inside = Object.entries(votes).filter(([, v]) => v * 100 >= pct * base);
	const total = inside.reduce((s, [, v]) => s + v, 0);
	const out = Object.fromEntries(inside.map(([id, v]) => [id, Math.floor((v * seats) / total)]));
	const left = seats - Object.values(out).reduce((s, n) => s + n, 0);
	inside
		.map(([id, v]) => ({ id, v, rest: (BigInt(v) * BigInt(seats)) % BigInt(total) }))
		.sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : b.v - a.v))
		.slice(0, left)
		.forEach((r) => out[r.id]!++);
	return out;
}

function listVotes(id: string): Record<string, number> {
	const e = data.elections.find((x) => x.id === id)!;
	return Object.fromEntries(
		e.results.filter((r) => r.pct !== null && r.votes !== null).map((r) => [r.partyId, r.votes!])
	);
}

const seatsOf = (sim: ReturnType<typeof simulate>) =>
	Object.fromEntries(sim.seats.map((r) => [r.partyId, r.total]));

describe('the Kurultai design', () => {
	it('comes from data/chambers.json: 145 list seats, 5% (the claim held with most confidence), Hare assumed', () => {
		expect(input.chambers.kurultai).toEqual({
			list: design.seatsByMethod.list,
			smd: 0,
			assembly: 0
		});
		expect(design.seatsTotal).toBe(145);
		expect(design.allocationMethod).toBeNull();
		expect(input.designRules.kurultai).toMatchObject({
			thresholdPct: 5,
			method: 'hare',
			methodFound: false,
			alternatives: [{ pct: 7, basis: expect.stringContaining('constitution.my') }]
		});
		const s = withDesign(input, defaultSettings(input), 'kurultai');
		expect(s).toEqual({
			election: '2023',
			thresholdPct: 5,
			method: 'hare',
			design: 'kurultai',
			smd: 'membership'
		});
	});

	it('gives the 2023 votes 145 seats: Amanat 83, Auyl 17, Respublica 13, Ak Zhol 13, People’s Party 11, NSDP 8', () => {
		// Base 6,366,441 (parties + 'against all'); 5% of it is 318,322.05, so Baytaq (146,431) is out.
		// Eligible votes 3,431,510 + 693,938 + 547,154 + 535,139 + 432,920 + 331,058 = 5,971,719;
		// Hare quota 5,971,719 / 145 = 41,184.27.
		// Amanat 3,431,510 / 41,184.27 = 83.32 → 83; Auyl 693,938 / 41,184.27 = 16.85 → 16;
		// Respublica 13.29 → 13; Ak Zhol 12.99 → 12; People's Party 10.51 → 10; NSDP 8.04 → 8.
		// Whole parts 142; the 3 seats left go to the largest remainders .99 (Ak Zhol), .85 (Auyl)
		// and .51 (People's Party), not to .32 (Amanat), .29 (Respublica) or .04 (NSDP).
		const sim = simulate(input, withDesign(input, defaultSettings(input), 'kurultai'));
		const byHand = {
			amanat: 83,
			auyl: 17,
			respublica: 13,
			ak_zhol: 13,
			ppk: 11,
			osdp: 8
		};
		const e2023 = data.elections.find((e) => e.id === '2023')!;
		expect(voteBase(e2023)).toBe(6_366_441);
		expect(hare(listVotes('2023'), 145, voteBase(e2023)!, 5)).toEqual(byHand);
		expect(seatsOf(sim)).toEqual(byHand);
		expect(sim.total).toBe(145);
		expect(sim.seats.every((r) => r.smd === 0 && r.assembly === 0)).toBe(true);
		expect(sim.allocation.find((a) => a.partyId === 'baytaq')).toMatchObject({
			eligible: false,
			seats: 0
		});
		// Against the Majilis as elected (98 seats, single-mandate winners by membership).
		expect(sim.electedTotal).toBe(98);
		expect(Object.fromEntries(sim.changes.map((r) => [r.id, r.change]))).toEqual({
			amanat: 20,
			auyl: 9,
			respublica: 7,
			ak_zhol: 7,
			ppk: 6,
			osdp: 4,
			baytaq: 0,
			independents: -6
		});
	});

	it('gives the 2021 votes 145 seats at the Kurultai’s 5%, where Auyl (5.29%) gets in', () => {
		// Base 7,241,562 (party votes); Adal (258,618, 3.57%) is out. Eligible 6,982,944; quota
		// 48,158.23: Nur Otan 106.90 → 106, Ak Zhol 16.46 → 16, People's Party 13.68 → 13,
		// Auyl 7.95 → 7; 142, and the 3 left go to .95 (Auyl), .90 (Nur Otan), .68 (People's Party).
		const s = parseQuery(input, new URLSearchParams('e=2021&c=kurultai')).settings;
		expect(s).toMatchObject({ election: '2021', design: 'kurultai', thresholdPct: 5 });
		const sim = simulate(input, s);
		const e2021 = data.elections.find((e) => e.id === '2021')!;
		const byHand = { amanat: 107, ak_zhol: 16, ppk: 14, auyl: 8 };
		expect(hare(listVotes('2021'), 145, voteBase(e2021)!, 5)).toEqual(byHand);
		expect(seatsOf(sim)).toEqual(byHand);
		expect(sim.changes.find((r) => r.id === 'apk')).toMatchObject({
			elected: 9,
			simulated: 0,
			change: -9
		});
	});

	it('takes another threshold from the address: 7%, the figure one source gives', () => {
		const s = parseQuery(input, new URLSearchParams('c=kurultai&t=7')).settings;
		const sim = simulate(input, s);
		const e2023 = data.elections.find((e) => e.id === '2023')!;
		expect(hare(listVotes('2023'), 145, voteBase(e2023)!, 7)).toEqual(seatsOf(sim));
		expect(seatsOf(sim)).toEqual({ amanat: 96, auyl: 19, respublica: 15, ak_zhol: 15 });
	});

	it('counts a party exactly at the threshold as over it, and one vote short as under', () => {
		// Made up: Dee has exactly 5% of a base of 1,000,000.
		const made = (dee: number): SimInput => ({
			...input,
			elections: [
				{
					id: '2099',
					year: 2099,
					thresholdPct: 5,
					thresholdBase: 1_000_000,
					design: 'list',
					parties: [
						{ id: 'amanat', name: 'A', votes: 700_000, list: 0, smd: 0, assembly: 0 },
						{ id: 'auyl', name: 'B', votes: 150_000, list: 0, smd: 0, assembly: 0 },
						{ id: 'ppk', name: 'C', votes: 100_000, list: 0, smd: 0, assembly: 0 },
						{ id: 'osdp', name: 'Dee', votes: dee, list: 0, smd: 0, assembly: 0 }
					],
					source: 'test'
				}
			]
		});
		const at = made(50_000);
		// In: eligible 1,000,000, quota 6,896.55: A 101.5, B 21.75, C 14.5, Dee 7.25 → 143 whole;
		// the 2 left go to .75 (B) and, of the tied .5s, to A, which has more votes.
		const sim = simulate(at, withDesign(at, defaultSettings(at), 'kurultai'));
		expect(sim.allocation.find((a) => a.partyId === 'osdp')).toMatchObject({
			pct: 5,
			eligible: true,
			seats: 7
		});
		expect(seatsOf(sim)).toEqual({ amanat: 102, auyl: 22, ppk: 14, osdp: 7 });
		const short = made(49_999);
		const out = simulate(short, withDesign(short, defaultSettings(short), 'kurultai'));
		expect(out.allocation.find((a) => a.partyId === 'osdp')).toMatchObject({
			eligible: false,
			seats: 0
		});
		expect(out.total).toBe(145);
	});

	it('keeps its state in the address, both ways', () => {
		const s = withDesign(input, defaultSettings(input), 'kurultai');
		expect(toQuery(input, s)).toBe('e=2023&t=5&m=hare&c=kurultai&s=membership');
		expect(parseQuery(input, new URLSearchParams(toQuery(input, s)))).toEqual({
			settings: s,
			notes: []
		});
		const changed = { ...s, thresholdPct: 6.5, method: 'dhondt' as const };
		expect(parseQuery(input, new URLSearchParams(toQuery(input, changed))).settings).toEqual(
			changed
		);
		// A bad threshold falls back on the Kurultai's own.
		const bad = parseQuery(input, new URLSearchParams('c=kurultai&t=99'));
		expect(bad.settings.thresholdPct).toBe(5);
		expect(bad.notes).toEqual([
			"Ignored t=99 in the address: the threshold must be a number from 0 to 10; using the Kurultai's 5%."
		]);
	});

	it('explains itself and names the Kurultai in the chart, in three languages', () => {
		const sim = simulate(input, withDesign(input, defaultSettings(input), 'kurultai'));
		const text = explain(sim);
		expect(text).toContain('With a Kurultai of 145 seats, all from party lists,');
		expect(text).toContain('The chamber has 145 seats instead of 98.');
		expect(text).toContain(
			'Amanat holds a majority with 83 of 145 seats (73 needed; 63 as elected).'
		);
		expect(simulatedChart(sim).meta.title).toBe(
			'Kurultai: 2023 votes, 5% threshold, Hare: 145 seats'
		);
		expect(simulatedChart(sim).meta.desc).toMatch(/^The Kurultai the 2023 party-list votes give/);
		const kk = simulatorInput(data, 'kk');
		const ru = simulatorInput(data, 'ru');
		const simKk = simulate(kk, withDesign(kk, defaultSettings(kk), 'kurultai'));
		const simRu = simulate(ru, withDesign(ru, defaultSettings(ru), 'kurultai'));
		expect(simulatedChart(simKk, 'kk').meta.title).toBe(
			'Құрылтай: 2023 жылғы дауыстар, 5% өту межесі, Хэйр: 145 мандат'
		);
		expect(simulatedChart(simRu, 'ru').meta.title.replace(/\u00a0/g, ' ')).toBe(
			'Курултай: голоса 2023 года, барьер 5 %, Хэйр: 145 мандатов'
		);
		expect(explain(simKk, 'kk')).toContain('Құрылтай құрылымы (барлық 145 мандат');
		expect(explain(simRu, 'ru')).toContain('При устройстве Курултая (145 мандатов');
		// Who gets in gets into the Kurultai, not the Majilis.
		const in2021 = (i: SimInput) =>
			withDesign(i, { ...defaultSettings(i), election: '2021' }, 'kurultai');
		expect(explain(simulate(ru, in2021(ru)), 'ru').replace(/\u00a0/g, ' ')).toContain(
			'Ауыл (5,29 %) проходит в Курултай;'
		);
		expect(explain(simulate(kk, in2021(kk)), 'kk')).toContain('Ауыл (5,29%) Құрылтайға өтеді;');
		expect(explain(simulate(input, in2021(input)))).toContain('Auyl (5.29%) gets in;');
	});

	it('is prerendered as a chart file of its own', () => {
		const built = simulatedHemicycle.build(data, 'en', 'kurultai');
		expect(built.rows.reduce((s, r) => s + r.total, 0)).toBe(145);
		expect(built.rows.find((r) => r.partyId === 'amanat')).toMatchObject({
			list: 83,
			smd: 0,
			total: 83
		});
		expect(built.meta.title).toBe('Kurultai: 2023 votes, 5% threshold, Hare: 145 seats');
		// The file stands alone: its source line names the design's sources too.
		expect(built.meta.source).toMatch(
			/seats recomputed by Sailau; the Kurultai design: inform\.kz \(2026-02-12\); mts\.kg$/
		);
		expect(simulatedHemicycle.build(data, 'en', 'default').meta.source).not.toContain('Kurultai');
	});
});
