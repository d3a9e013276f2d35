import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { districtRows, districtsPage, sortRows, sourceSummary } from './districts';

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

describe('sortRows', () => {
	it('sorts by winner A to Z with the unknown winners last, in district order', () => {
		const sorted = sortRows(rows, 'winner', 'asc');
		expect(sorted.slice(0, 10).map((r) => r.winner)).toEqual([
			'Ardaq Nazarov',
			'Arman Qalyqov',
			'Bolatbek Najmetdinuly',
			'Danarbek Isabekov',
			'Daniar Qasqaraurov',
			'Daulet Mukayev',
			'Däulet Turlyhanov',
			'Ermurat Bapi',
			'Marhabat Jaiymbetov',
			'Nurtai Sabilianov'
		]);
		expect(sorted.slice(10).every((r) => r.winner === null)).toBe(true);
		expect(sorted.slice(10).map((r) => r.no)).toEqual(
			rows.filter((r) => !r.winner).map((r) => r.no)
		);
	});

	it('keeps missing values last when sorting Z to A, too', () => {
		const sorted = sortRows(rows, 'region', 'desc');
		expect(sorted.slice(0, 2).map((r) => r.region)).toEqual(['Ulytau Region', 'Turkistan Region']);
		expect(sorted.slice(-4).map((r) => r.no)).toEqual([13, 14, 15, 24]);
	});

	it('sorts numbers as numbers', () => {
		expect(
			sortRows(rows, 'no', 'desc')
				.slice(0, 3)
				.map((r) => r.no)
		).toEqual([29, 28, 27]);
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
