import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { buildTurnoutHistory } from './build';

const data = realDataset();

describe('buildTurnoutHistory', () => {
	const t = buildTurnoutHistory(data.elections, '2023');

	it('draws one column per election, oldest first, on a 0-100% scale', () => {
		expect(t.columns.map((c) => [c.year, c.pct, c.y, c.height])).toEqual([
			[2004, 56.49, 111.02, 112.98],
			[2007, 64.56, 94.88, 129.12],
			[2012, 75.4, 73.2, 150.8],
			[2016, 77.12, 69.76, 154.24],
			[2021, 63.25, 97.5, 126.5],
			[2023, 54.21, 115.58, 108.42]
		]);
		expect(t.grid).toEqual([
			{ y: 224, label: '0%' },
			{ y: 174, label: '25%' },
			{ y: 124, label: '50%' },
			{ y: 74, label: '75%' },
			{ y: 24, label: '100%' }
		]);
		expect(t.columns[0]).toMatchObject({ x: 56.6, width: 40.13, cx: 76.67 });
	});

	it('highlights the chosen election and stars those with other published figures', () => {
		expect(t.columns.filter((c) => c.current).map((c) => c.year)).toEqual([2023]);
		expect(t.columns.map((c) => c.value)).toEqual([
			'56.49%',
			'64.56%*',
			'75.40%',
			'77.12%',
			'63.25%',
			'54.21%*'
		]);
		expect(t.columns[1]!.tip).toBe(
			'2007, 4th Majilis\nTurnout 64.56%\n8,891,561 registered, 6,082,430 ballots cast\nAlso published: 68.4%'
		);
		// The starred figures are named in a footnote that travels with the exported file.
		expect(t.note?.lines.map((l) => l.text).join(' ')).toBe(
			'* Other figures also published: 2007: 68.4%; 2023: 54.19%, 52.90%.'
		);
		// 2012 has neither registered voters nor ballots in the data: the line is left out.
		expect(t.columns[2]!.tip).toBe('2012, 5th Majilis\nTurnout 75.40%');
	});

	it('shows a missing turnout as an empty slot marked "no data", never as 0', () => {
		const elections = data.elections.map((e) => (e.id === '2012' ? { ...e, turnoutPct: null } : e));
		const c = buildTurnoutHistory(elections, '2023').columns.find((x) => x.id === '2012')!;
		expect(c.pct).toBeNull();
		expect(c.value).toBe('no data');
		expect([c.y, c.height]).toEqual([188, 36]);
		expect(c.tip).toBe('2012, 5th Majilis\nTurnout: not in the dataset');
	});
});
