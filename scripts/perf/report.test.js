import { describe, expect, it } from 'vitest';
import { BUDGET, markdownTable, median, medians, overBudget, textTable } from './report.js';

describe('median', () => {
	it('takes the middle value of an odd count, whatever the order', () => {
		expect(median([900, 1200, 800])).toBe(900);
		expect(median([7])).toBe(7);
	});
	it('takes the mean of the two middle values of an even count', () => {
		expect(median([800, 1000, 900, 2000])).toBe(950);
	});
	it('leaves out failed runs, and is null when none is left', () => {
		expect(median([null, 900, 1100, undefined, NaN])).toBe(1000);
		expect(median([null, null])).toBeNull();
		expect(median([])).toBeNull();
	});
});

describe('medians', () => {
	it('takes the median of each figure over the samples', () => {
		const samples = [
			{ score: 100, lcp: 900, tbt: 0, cls: 0, fcp: 800, htmlKb: 12.5, jsKb: 4.4 },
			{ score: 98, lcp: 1100, tbt: 60, cls: 0.01, fcp: 850, htmlKb: 12.5, jsKb: 4.4 },
			{ score: 99, lcp: 1000, tbt: 20, cls: 0, fcp: 700, htmlKb: 12.5, jsKb: 4.4 }
		];
		expect(medians(samples)).toEqual({
			score: 99,
			lcp: 1000,
			tbt: 20,
			cls: 0,
			fcp: 800,
			htmlKb: 12.5,
			jsKb: 4.4
		});
	});
});

describe('overBudget', () => {
	const ok = { score: 100, lcp: 1000, tbt: 50, cls: 0, fcp: 5000, htmlKb: 99, jsKb: 99 };
	it('passes a page exactly at every limit, whatever its unbudgeted figures', () => {
		expect(overBudget(ok)).toEqual([]);
	});
	it('names each figure past its limit', () => {
		expect(overBudget({ ...ok, score: 99 })).toEqual(['score']);
		expect(overBudget({ ...ok, lcp: 1001, tbt: 51 })).toEqual(['lcp', 'tbt']);
		expect(overBudget({ ...ok, cls: 0.001 })).toEqual(['cls']);
	});
	it('counts a missing budgeted figure as over', () => {
		expect(overBudget({ ...ok, lcp: null, fcp: null })).toEqual(['lcp']);
	});
	it('takes another budget', () => {
		expect(overBudget({ ...ok, lcp: 950 }, { ...BUDGET, lcp: 900 })).toEqual(['lcp']);
	});
});

const rows = [
	{
		route: '/',
		kind: '/',
		median: { score: 100, lcp: 812, tbt: 0, cls: 0, fcp: 801, htmlKb: 12.9, jsKb: 4.4 },
		over: []
	},
	{
		route: '/kk/simulate/',
		kind: '/simulate/',
		median: { score: 96, lcp: 1520, tbt: 206, cls: 0.061, fcp: 900, htmlKb: 20.1, jsKb: 50.2 },
		over: ['score', 'lcp', 'tbt', 'cls']
	},
	{
		route: '/map/',
		kind: '/map/',
		median: { score: null, lcp: null, tbt: null, cls: null, fcp: null, htmlKb: 32, jsKb: null },
		over: ['score', 'lcp', 'tbt', 'cls']
	}
];

describe('textTable', () => {
	const lines = textTable(rows).split('\n');
	it('has a head, a line per page and the budget, in aligned columns', () => {
		expect(lines).toHaveLength(5);
		expect(lines[0]).toMatch(
			/^page\s+kind\s+score\s+LCP ms\s+TBT ms\s+CLS\s+FCP ms\s+HTML KB gz\s+JS KB gz$/
		);
		expect(lines[1]).toMatch(/^\/\s+\/\s+100\s+812\s+0\s+0\.000\s+801\s+12\.9\s+4\.4$/);
		expect(lines[4]).toMatch(/^budget\s+≥ 100\s+≤ 1000\s+≤ 50\s+0$/);
		// Right-aligned figures end in the same column.
		expect(lines[1]?.length).toBe(lines[2]?.length);
	});
	it('marks each figure over budget with !, and a missing one with –', () => {
		expect(lines[2]).toMatch(/96 !\s+1520 !\s+206 !\s+0\.061 !\s+900\s+20\.1\s+50\.2$/);
		expect(lines[3]).toMatch(/– !\s+– !\s+– !\s+– !\s+–\s+32\.0\s+–$/);
	});
});

describe('markdownTable', () => {
	const meta = {
		date: '2026-12-03',
		commit: 'abc1234',
		runs: 3,
		cores: 2,
		load: 0.2,
		chromium: 'Chromium 1.2.3',
		lighthouse: '12.2.3'
	};
	const lines = markdownTable(rows, meta).split('\n');
	it('says where the figures come from', () => {
		expect(lines[0]).toContain('on 2026-12-03, commit abc1234');
		expect(lines[0]).toContain('Lighthouse 12.2.3');
		expect(lines[0]).toContain(
			'Chromium 1.2.3, 2 cores (load average 0.20 at the start), median of 3 runs per page'
		);
		expect(lines[1]).toBe('');
	});
	it('is a Markdown table with right-aligned figures, code-formatted pages and the budget', () => {
		expect(lines[2]).toBe(
			'| page | kind | score | LCP ms | TBT ms | CLS | FCP ms | HTML KB gz | JS KB gz |'
		);
		expect(lines[3]).toBe('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
		expect(lines[5]).toBe(
			'| `/kk/simulate/` | `/simulate/` | 96 ! | 1520 ! | 206 ! | 0.061 ! | 900 | 20.1 | 50.2 |'
		);
		expect(lines.at(-1)).toBe('| *budget* |  | ≥ 100 | ≤ 1000 | ≤ 50 | 0 |  |  |  |');
	});
	it('says run, not runs, for one', () => {
		expect(markdownTable(rows, { ...meta, runs: 1 })).toContain('median of 1 run per page');
	});
});
