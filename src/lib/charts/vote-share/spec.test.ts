import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { voteShare2023 } from './spec';

const data = realDataset();

describe('vote-share-2023', () => {
	it('vote share: parties largest first, against all apart, table rows and total', () => {
		const { data: d, meta, rows, footer } = voteShare2023.build(data, 'en', '');
		expect(meta.id).toBe('vote-share-2023');
		expect(meta.title).toBe('Party-list vote, 2023: 6 of 7 parties passed 5%');
		expect(d.bars.map((b) => b.id)).toEqual([
			'amanat',
			'auyl',
			'respublica',
			'ak_zhol',
			'ppk',
			'osdp',
			'baytaq'
		]);
		expect(d.against?.pct).toBe(3.9);
		expect(rows.at(-1)).toMatchObject({ id: 'against-all', votes: 248291, listSeats: null });
		expect(footer).toMatchObject({ votes: 6366441, pct: 100, listSeats: 69 });
		expect(d.note?.lines.map((l) => l.text).join(' ')).toMatch(/^Shares of 6,366,441 votes/);
	});
});
