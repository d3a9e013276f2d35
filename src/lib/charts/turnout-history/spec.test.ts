import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { turnoutHistory } from './spec';

const data = realDataset();

describe('turnout-history', () => {
	it('turnout history: six elections from 2004, 2007 and 2023 with other published figures', () => {
		const { meta, rows } = turnoutHistory.build(data, 'en', '');
		expect(meta.id).toBe('turnout-history');
		expect(rows.map((r) => [r.year, r.pct])).toEqual([
			[2004, 56.49],
			[2007, 64.56],
			[2012, 75.4],
			[2016, 77.12],
			[2021, 63.25],
			[2023, 54.21]
		]);
		expect(rows.find((r) => r.year === 2007)?.alternatives).toBe('68.4%');
		expect(rows.find((r) => r.year === 2016)?.ballots).toBeNull();
	});
});
