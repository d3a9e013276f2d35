import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { electionById, seatsByParty } from '$lib/data/derive';
import { parliamentLayout } from './layout';
import { buildHemicycle, byMethod } from './build';

const data = realDataset();
const rows = seatsByParty(data, electionById(data, '2023'), 'membership');

describe('buildHemicycle', () => {
	it('by default: 12-unit labels, 26 units above the seats, no fontSize or note in the output', () => {
		const h = buildHemicycle(rows);
		expect(h.top).toBe(26);
		expect('fontSize' in h).toBe(false);
		expect('note' in h).toBe(false);
		expect(h.legend[0]).toMatchObject({ x: 12 });
	});

	it('with larger labels: more room above the seats and a legend laid out at that size', () => {
		const small = buildHemicycle(rows);
		const big = buildHemicycle(rows, undefined, { fontSize: 20 });
		expect(big.fontSize).toBe(20);
		expect(big.top).toBe(34);
		expect(big.cy).toBe(Math.round((small.cy + 8) * 100) / 100);
		const layout = parliamentLayout([{ id: 'all', count: 98 }], { width: 600 });
		// The first legend row sits 10 + fontSize under the seats.
		expect(big.legend[0]!.y).toBe(Math.round((layout.height + 34 + 30) * 100) / 100);
		// Fewer items fit a row at 20 than at 12.
		const rowsOf = (h: typeof big) => new Set(h.legend.map((l) => l.y)).size;
		expect(rowsOf(big)).toBeGreaterThan(rowsOf(small));
		// Every seat moved down by the same 8 units and stays on a 2-decimal grid.
		const ys = (h: typeof big) => h.parties.flatMap((p) => p.seats.map((s) => s.y));
		ys(big).forEach((y, i) => expect(y).toBeCloseTo(ys(small)[i]! + 8, 5));
		for (const y of ys(big)) expect(String(y)).toMatch(/^\d+(\.\d{1,2})?$/);
	});
});

describe('byMethod', () => {
	it('groups a party’s seats by method, first seen first, keeping each seat once', () => {
		const seat = (x: number, method: 'list' | 'smd') => ({ x, y: 0, party: 'p', method });
		expect(byMethod([seat(1, 'smd'), seat(2, 'list'), seat(3, 'smd')])).toEqual([
			['smd', [seat(1, 'smd'), seat(3, 'smd')]],
			['list', [seat(2, 'list')]]
		]);
	});

	it('covers all 63 Amanat seats of 2023: 40 party-list and 23 single-mandate', () => {
		const amanat = buildHemicycle(rows).parties.find((p) => p.id === 'amanat')!;
		const groups = byMethod(amanat.seats);
		expect(groups.map(([m, s]) => [m, s.length]).sort()).toEqual([
			['list', 40],
			['smd', 23]
		]);
	});
});
