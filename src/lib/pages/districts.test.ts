import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { districtRows, districtsPage, sourceSummary } from './districts';

const data = realDataset();
const rows = districtRows(data);

describe('the districts page', () => {
	it('has the 29 districts in number order, with what the data know', () => {
		const page = districtsPage(data);
		expect(page.rows.map((r) => r.no)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
		expect(page.winnersKnown).toBe(10);
		expect(page.regionsKnown).toBe(25);
		expect(page.unplaced).toEqual([13, 14, 15, 24]);
		expect(page.dataAnchor).toBe('majilis-2023-districts-csv');
		expect(rows.find((r) => r.no === 11)).toMatchObject({
			region: 'Almaty Region',
			regionId: 'KZ-19',
			winner: 'Ardaq Nazarov',
			party: 'Self-nominated'
		});
	});

	it('never fills a gap: unknown regions and winners stay null', () => {
		for (const no of [13, 14, 15, 24]) {
			expect(rows.find((r) => r.no === no)).toMatchObject({
				region: null,
				regionId: null,
				winner: null
			});
		}
	});
});

describe('sourceSummary', () => {
	it('keeps the first clause of a source note, shortened with an ellipsis', () => {
		expect(sourceSummary('Wikipedia: Constituencies of Kazakhstan (list); Eurasianet')).toBe(
			'Wikipedia: Constituencies of Kazakhstan (list)'
		);
		expect(sourceSummary('x'.repeat(80), 10)).toBe('xxxxxxxxx…');
	});
});
