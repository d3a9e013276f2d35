import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { simulatorInput } from '$lib/pages/simulate';
import {
	defaultSettings,
	designsFor,
	electedSettings,
	findElection,
	formatThreshold,
	sameSettings,
	simulate,
	type Settings,
	type SimInput
} from './model';

const input = simulatorInput(realDataset());
const in2023 = (patch: Partial<Settings> = {}) =>
	simulate(input, { ...defaultSettings(input), ...patch });
const seatsOf = (sim: ReturnType<typeof simulate>) =>
	Object.fromEntries(sim.seats.map((r) => [r.partyId, r.total]));

describe('simulate', () => {
	it('gives back every election as elected under its own rules, both 2023 counts', () => {
		for (const e of input.elections) {
			for (const smd of ['membership', 'nomination'] as const) {
				const sim = simulate(input, { ...electedSettings(e), smd });
				expect(
					sim.changes.every((r) => r.change === 0),
					`${e.id} ${smd}`
				).toBe(true);
				expect(sim.total, e.id).toBe(sim.electedTotal);
			}
		}
		expect(seatsOf(in2023())).toEqual({
			ppk: 5,
			osdp: 4,
			auyl: 8,
			amanat: 63,
			respublica: 6,
			ak_zhol: 6,
			independents: 6
		});
		expect(seatsOf(in2023({ smd: 'nomination' }))).toMatchObject({ amanat: 62, independents: 7 });
	});

	it('at 7% keeps the 29 single-mandate seats and shares 69 list seats among four parties', () => {
		// Quota 5,207,741 / 69 = 75,474.5: Amanat 45.47, Auyl 9.19, Respublica 7.25, Ak Zhol 7.09
		// give 45 + 9 + 7 + 7 = 68, and the 69th goes to Amanat's remainder .47.
		const sim = in2023({ thresholdPct: 7 });
		expect(Object.fromEntries(sim.seats.map((r) => [r.partyId, [r.list, r.smd]]))).toEqual({
			auyl: [9, 0],
			amanat: [46, 23],
			respublica: [7, 0],
			ak_zhol: [7, 0],
			independents: [0, 6]
		});
		expect(sim.changes.map((r) => [r.id, r.change])).toEqual([
			['amanat', 6],
			['auyl', 1],
			['respublica', 1],
			['ak_zhol', 1],
			['ppk', -5],
			['osdp', -4],
			['baytaq', 0],
			['independents', 0]
		]);
	});

	it('draws the seats in seating order, left to right', () => {
		expect(in2023().seats.map((r) => r.partyId)).toEqual([
			'ppk',
			'osdp',
			'auyl',
			'amanat',
			'respublica',
			'ak_zhol',
			'independents'
		]);
	});

	it('all 98 by list drops the single-mandate seats; the Assembly design adds 9 Assembly seats', () => {
		const list = in2023({ design: 'list' });
		expect(list.total).toBe(98);
		expect(list.seats.every((r) => r.smd === 0 && r.assembly === 0)).toBe(true);
		expect(list.changes.find((r) => r.id === 'independents')).toMatchObject({
			elected: 6,
			simulated: 0
		});
		const assembly = in2023({ design: 'assembly' });
		expect(assembly.total).toBe(107);
		expect(assembly.seats.find((r) => r.partyId === 'apk')).toMatchObject({
			assembly: 9,
			total: 9
		});
		expect(assembly.seats.reduce((s, r) => s + r.list, 0)).toBe(98);
	});

	it('2021 with all 98 by list loses only the 9 Assembly seats', () => {
		const sim = simulate(input, {
			...electedSettings(findElection(input, '2021')!),
			design: 'list'
		});
		expect(sim.changes.filter((r) => r.change !== 0).map((r) => [r.id, r.change])).toEqual([
			['apk', -9]
		]);
	});

	it('refuses an election it does not have', () => {
		expect(() => simulate(input, { ...defaultSettings(input), election: '2004' })).toThrow(/2004/);
	});
});

describe('settings', () => {
	it('starts from the newest election under its own rules', () => {
		expect(defaultSettings(input)).toEqual({
			election: '2023',
			thresholdPct: 5,
			method: 'hare',
			design: 'mixed',
			smd: 'membership'
		});
	});

	it('offers kept single-mandate seats only where they were elected', () => {
		expect(designsFor(findElection(input, '2023')!)).toEqual([
			'mixed',
			'list',
			'assembly',
			'kurultai'
		]);
		expect(designsFor(findElection(input, '2021')!)).toEqual(['list', 'assembly', 'kurultai']);
	});

	it('compares and formats', () => {
		const d = defaultSettings(input);
		expect(sameSettings(d, { ...d })).toBe(true);
		expect(sameSettings(d, { ...d, thresholdPct: 5.1 })).toBe(false);
		expect([7, 5.5, 0.30000000000000004, 10].map(formatThreshold)).toEqual([
			'7',
			'5.5',
			'0.3',
			'10'
		]);
	});

	it('works on a made-up election too (no list votes at all: no list seats)', () => {
		const tiny: SimInput = {
			elections: [
				{
					id: '2099',
					year: 2099,
					thresholdPct: 5,
					thresholdBase: 0,
					design: 'list',
					parties: [{ id: 'amanat', name: 'Amanat', votes: 0, list: 0, smd: 0, assembly: 0 }],
					source: 'test'
				}
			],
			chambers: {
				mixed: { list: 2, smd: 1, assembly: 0 },
				list: { list: 3, smd: 0, assembly: 0 },
				assembly: { list: 3, smd: 0, assembly: 1 },
				kurultai: { list: 4, smd: 0, assembly: 0 }
			},
			designRules: {},
			omitted: []
		};
		const sim = simulate(tiny, defaultSettings(tiny));
		expect(sim.total).toBe(0);
		expect(sim.seats).toEqual([]);
	});
});
