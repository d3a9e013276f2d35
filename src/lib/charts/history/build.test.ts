import { describe, expect, it } from 'vitest';
import { buildHistory, spread, type HistoryInput } from './build';

const mixed: [string, string] = ['mixed', '10 list + 67 district seats'];
const lists: [string, string] = ['party lists only', '98 list seats + 9 by the Assembly'];
const input = (over: Partial<HistoryInput>[] = []): HistoryInput[] =>
	[
		{
			id: '2004',
			date: '2004-09-19',
			partyName: 'Otan',
			seats: 54.55,
			votes: 60.6,
			turnout: 56.49,
			system: mixed
		},
		{
			id: '2007',
			date: '2007-08-18',
			partyName: 'Nur Otan',
			seats: 91.59,
			votes: 88.41,
			turnout: 64.56,
			system: lists
		},
		{
			id: '2012',
			date: '2012-01-15',
			partyName: 'Nur Otan',
			seats: 77.57,
			votes: 80.99,
			turnout: 75.4,
			system: lists
		}
	].map((d, i) => ({ detail: [], ...d, ...over[i] }));

describe('spread', () => {
	it('leaves labels that are far enough apart where they are', () => {
		expect(spread([10, 50, 90], 14, 0, 100)).toEqual([10, 50, 90]);
	});

	it('pushes close labels apart in their order and keeps them inside the bounds', () => {
		expect(spread([60, 50, 52], 14, 0, 100)).toEqual([78, 50, 64]);
		expect(spread([95, 98], 14, 0, 100)).toEqual([86, 100]);
	});
});

describe('buildHistory', () => {
	const data = buildHistory(input());

	it('puts 0% at the bottom and 100% at the top of the plot', () => {
		const { top, bottom } = data.plot;
		expect(data.yTicks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
		expect(data.yTicks[0]!.y).toBe(bottom);
		expect(data.yTicks.at(-1)!.y).toBe(top);
		expect(data.yTicks.find((t) => t.strong)?.label).toBe('50%');
		const p = data.points[1]!;
		expect(p.y.seats).toBeCloseTo(bottom - ((bottom - top) * 91.59) / 100, 1);
	});

	it('places elections by date, oldest on the left, inside the plot', () => {
		const xs = data.points.map((p) => p.x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		expect(xs[0]).toBeGreaterThan(data.plot.left);
		expect(xs.at(-1)).toBeLessThan(data.plot.right);
		// 2004-09 to 2007-08 is about 2.9 years, 2007-08 to 2012-01 about 4.4.
		expect((xs[1]! - xs[0]!) / (xs[2]! - xs[1]!)).toBeCloseTo(2.91 / 4.41, 2);
	});

	it('draws one unbroken line per series through all known values', () => {
		expect(data.series.map((s) => s.id)).toEqual(['seats', 'votes', 'turnout']);
		for (const s of data.series) expect(s.path.match(/M/g)).toHaveLength(1);
		expect(data.series[0]!.path).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
		expect(data.hasMissing).toBe(false);
	});

	it('shades and labels each electoral system once, and marks where it changed', () => {
		expect(data.periods.map((p) => p.lines[0])).toEqual([
			'2004: mixed',
			'2007–2012: party lists only'
		]);
		expect(data.periods.map((p) => p.shade)).toEqual([false, true]);
		expect(data.changes).toHaveLength(1);
		// The change falls half-way between the 2004 and 2007 elections.
		expect(data.changes[0]!.x).toBeCloseTo((data.points[0]!.x + data.points[1]!.x) / 2, 1);
		expect(data.periods[1]!.x0).toBe(data.changes[0]!.x);
	});

	it('names the party under the axis only where its name changed', () => {
		expect(data.points.map((p) => p.renamed)).toEqual([true, true, false]);
	});

	it('shows a missing value as a gap in its line, never as zero', () => {
		const gap = buildHistory(input([{}, { turnout: null }, {}]));
		const turnout = gap.series.find((s) => s.id === 'turnout')!;
		expect(turnout.path.match(/M/g)).toHaveLength(2);
		expect(turnout.path).not.toContain('L');
		expect(gap.points[1]!.y.turnout).toBeNull();
		expect(gap.points[1]!.tip).toContain('Turnout: not in the data');
		expect(gap.hasMissing).toBe(true);
		// The other lines are untouched.
		expect(gap.series.find((s) => s.id === 'seats')!.path).toBe(data.series[0]!.path);
	});

	it('labels each line at its last known value', () => {
		expect(data.endLabels.map((l) => `${l.label} ${l.value}`)).toEqual([
			'Seat share 77.6%',
			'Vote share 81.0%',
			'Turnout 75.4%'
		]);
		const ys = data.endLabels.map((l) => l.y).sort((a, b) => a - b);
		for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(31);
		const late = buildHistory(input([{}, {}, { votes: null }]));
		expect(late.endLabels.find((l) => l.id === 'votes')?.value).toBe('88.4%');
	});
});
