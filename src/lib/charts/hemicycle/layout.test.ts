import { describe, expect, it } from 'vitest';
import { parliamentLayout, rowCount, seatsPerRow } from './layout';

function minDistance(seats: { x: number; y: number }[]): number {
	let min = Infinity;
	// Sorting by x lets the inner loop stop once x alone is too far apart.
	const s = [...seats].sort((a, b) => a.x - b.x);
	for (let i = 0; i < s.length; i++) {
		for (let j = i + 1; j < s.length && s[j]!.x - s[i]!.x < min; j++) {
			min = Math.min(min, Math.hypot(s[j]!.x - s[i]!.x, s[j]!.y - s[i]!.y));
		}
	}
	return min;
}

const sizes = [
	...Array.from({ length: 120 }, (_, i) => i + 1),
	150,
	199,
	200,
	250,
	300,
	333,
	450,
	500,
	650,
	751,
	1000,
	1500,
	2000,
	2500,
	2999,
	3000
];

describe('parliamentLayout properties for 1..3,000 seats', () => {
	it.each(sizes)('%i seats: exactly N, no overlaps, inside the box, rows balanced', (n) => {
		const groups = [
			{ id: 'a', count: Math.floor(n / 2) },
			{ id: 'b', count: Math.floor(n / 3) },
			{ id: 'c', count: n - Math.floor(n / 2) - Math.floor(n / 3) }
		];
		const layout = parliamentLayout(groups, { width: 600 });
		expect(layout.seats).toHaveLength(n);
		expect(layout.rowCounts.reduce((a, b) => a + b, 0)).toBe(n);
		// Every group gets exactly its seats.
		groups.forEach((g, i) =>
			expect(layout.seats.filter((s) => s.group === i)).toHaveLength(g.count)
		);
		const r = layout.seats[0]!.r;
		expect(r).toBeGreaterThan(0);
		// No overlaps: centres at least two radii apart (0.02 allows for the 2-decimal rounding).
		if (n > 1) expect(minDistance(layout.seats)).toBeGreaterThanOrEqual(2 * r - 0.02);
		for (const s of layout.seats) {
			expect(s.x - s.r).toBeGreaterThanOrEqual(-0.01);
			expect(s.x + s.r).toBeLessThanOrEqual(layout.width + 0.01);
			expect(s.y - s.r).toBeGreaterThanOrEqual(-0.01);
			expect(s.y + s.r).toBeLessThanOrEqual(layout.height + 0.01);
		}
		// Balanced: outer rows hold at least as many seats as inner rows, and no row is empty.
		layout.rowCounts.forEach((c, i) => {
			expect(c).toBeGreaterThanOrEqual(1);
			if (i > 0) expect(c).toBeGreaterThanOrEqual(layout.rowCounts[i - 1]!);
		});
	});
});

describe('parliamentLayout specifics', () => {
	it('places 98 seats in 6 rows', () => {
		expect(rowCount(98)).toBe(6);
		const layout = parliamentLayout([{ id: 'all', count: 98 }]);
		expect(layout.rows).toBe(6);
	});

	it('fills wedges left to right in group order', () => {
		const layout = parliamentLayout([
			{ id: 'left', count: 40 },
			{ id: 'right', count: 58 }
		]);
		const maxLeft = Math.max(
			...layout.seats.filter((s) => s.group === 0).map((s) => s.x - layout.cx)
		);
		const minRight = Math.min(
			...layout.seats.filter((s) => s.group === 1).map((s) => s.x - layout.cx)
		);
		// Wedges: the left group's seats lie left of the right group's on every row.
		for (let row = 0; row < layout.rows; row++) {
			const l = layout.seats.filter((s) => s.row === row && s.group === 0).map((s) => s.x);
			const r = layout.seats.filter((s) => s.row === row && s.group === 1).map((s) => s.x);
			if (l.length && r.length) expect(Math.max(...l)).toBeLessThan(Math.min(...r));
		}
		expect(maxLeft).toBeLessThan(layout.outerRadius);
		expect(minRight).toBeGreaterThan(-layout.outerRadius);
	});

	it('splits a shared wedge from the inner rows outward', () => {
		const layout = parliamentLayout([
			{ id: 'list', count: 40, wedge: 'p' },
			{ id: 'smd', count: 23, wedge: 'p' },
			{ id: 'other', count: 35 }
		]);
		const meanRow = (g: number) => {
			const rows = layout.seats.filter((s) => s.group === g).map((s) => s.row);
			return rows.reduce((a, b) => a + b, 0) / rows.length;
		};
		expect(meanRow(0)).toBeLessThan(meanRow(1));
		expect(layout.seats.filter((s) => s.group === 1)).toHaveLength(23);
	});

	it('draws a lone seat at the top and no seats for an empty chamber', () => {
		const one = parliamentLayout([{ id: 'x', count: 1 }], { width: 100 });
		expect(one.seats).toHaveLength(1);
		expect(one.seats[0]!.x).toBe(50);
		expect(parliamentLayout([]).seats).toEqual([]);
	});

	it('shares seats among rows exactly', () => {
		expect(seatsPerRow(10, [1, 1])).toEqual([5, 5]);
		expect(seatsPerRow(3, [0.4, 0.7, 1])).toEqual([1, 1, 1]);
		expect(seatsPerRow(98, [0.4, 0.52, 0.64, 0.76, 0.88, 1]).reduce((a, b) => a + b, 0)).toBe(98);
	});

	it('refuses a negative or fractional group', () => {
		expect(() => parliamentLayout([{ id: 'bad', count: -1 }])).toThrow(/"bad"/);
		expect(() => parliamentLayout([{ id: 'bad', count: 1.5 }])).toThrow(/"bad"/);
	});
});
