import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { electionById, seatsByParty } from '$lib/data/derive';
import { buildSeatsByMethod } from './build';

const data = realDataset();
const e2023 = electionById(data, '2023');
const membership = seatsByParty(data, e2023, 'membership');
const nomination = seatsByParty(data, e2023, 'nomination');

describe('buildSeatsByMethod (2023, by membership)', () => {
	const s = buildSeatsByMethod(membership, 'Single-mandate, by membership', {
		label: 'By nomination (CEC)',
		rows: nomination
	});

	it('orders parties by seats, the self-nominated last', () => {
		expect(s.rows.map((r) => [r.id, r.list, r.smd, r.total])).toEqual([
			['amanat', 40, 23, 63],
			['auyl', 8, 0, 8],
			['respublica', 6, 0, 6],
			['ak_zhol', 6, 0, 6],
			['ppk', 5, 0, 5],
			['osdp', 4, 0, 4],
			['independents', 0, 6, 6]
		]);
	});

	it('stacks list then single-mandate seats on a 0-70 scale, with the majority at 50', () => {
		const amanat = s.rows[0]!;
		expect(amanat.listSeg).toEqual({
			x: 128,
			width: 132.57,
			value: 40,
			label: { x: 194.29, fill: '#ffffff' }
		});
		expect(amanat.smdSeg).toEqual({
			x: 260.57,
			width: 76.23,
			value: 23,
			label: { x: 298.69, fill: '#1a1f24' }
		});
		expect(amanat.pale).toBe('#bfddee');
		expect(amanat.totalX).toBe(342.8);
		expect(s.ticks.map((t) => t.value)).toEqual([0, 20, 40, 60]);
		expect(s.majority).toEqual({
			value: 50,
			x: 293.71,
			y1: 22,
			y2: 232,
			label: 'Majority: 50 of 98'
		});
	});

	it('writes counts inside a bar only when it has two parts', () => {
		const auyl = s.rows.find((r) => r.id === 'auyl')!;
		expect(auyl.listSeg?.label).toBeNull();
		expect(auyl.smdSeg).toBeNull();
		const self = s.rows.find((r) => r.id === 'independents')!;
		expect(self.listSeg).toBeNull();
		expect(self.smdSeg).toMatchObject({ x: 128, value: 6, label: null });
	});

	it('names the other count in the tooltip only where it differs', () => {
		const tip = (id: string) => s.rows.find((r) => r.id === id)!.tip;
		expect(tip('amanat')).toBe(
			'Amanat\n63 seats: 40 party-list, 23 single-mandate\nBy nomination (CEC): 22 single-mandate seats, 62 in all'
		);
		expect(tip('independents')).toBe(
			'Self-nominated\n6 single-mandate seats\nBy nomination (CEC): 7 single-mandate seats, 7 in all'
		);
		expect(tip('auyl')).toBe('Auyl\n8 party-list seats');
	});

	it('puts the legend under the axis', () => {
		expect(s.legend.map((l) => [l.key, l.shape])).toEqual([
			['list', 'square'],
			['smd', 'outline']
		]);
		expect(s.axisY).toBe(249);
		expect(s.height).toBe(285);
	});
});

describe('buildSeatsByMethod on a chamber with Assembly seats', () => {
	it('2021: counts the Assembly in the chamber (majority 54 of 107) but draws no bar for it', () => {
		const s = buildSeatsByMethod(seatsByParty(data, electionById(data, '2021')));
		expect(s.rows.map((r) => r.id)).toEqual(['amanat', 'ak_zhol', 'ppk']);
		expect(s.majority.label).toBe('Majority: 54 of 107');
		expect(s.ticks.at(-1)?.value).toBe(80);
	});
});
