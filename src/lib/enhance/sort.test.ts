import { describe, expect, it } from 'vitest';
import { collatorFor, compareValues, sortValue, sortedOrder, type SortValue } from './sort';

const en = collatorFor('en');
const sorted = (values: SortValue[], dir: 'ascending' | 'descending', lang = 'en') =>
	sortedOrder(values, dir, collatorFor(lang)).map((i) => values[i]);

describe('sortValue', () => {
	it('reads numbers as numbers, text as text and an empty cell as missing', () => {
		expect(sortValue(' 12 ')).toBe(12);
		expect(sortValue('-3.5')).toBe(-3.5);
		expect(sortValue('−2')).toBe(-2);
		expect(sortValue('District 12')).toBe('District 12');
		expect(sortValue('')).toBeNull();
		expect(sortValue('  ')).toBeNull();
		expect(sortValue(null)).toBeNull();
	});
});

describe('compareValues', () => {
	it('orders numbers by value, not as text', () => {
		expect(sorted([10, 9, 2, 29, 1], 'ascending')).toEqual([1, 2, 9, 10, 29]);
		expect(sorted([10, 9, 2, 29, 1], 'descending')).toEqual([29, 10, 9, 2, 1]);
		expect(compareValues(2, 10, 'ascending', en)).toBeLessThan(0);
	});

	it('puts missing values last in both directions, keeping their order', () => {
		const values = [null, 'b', null, 'a', 'c'];
		expect(sortedOrder(values, 'ascending', en)).toEqual([3, 1, 4, 0, 2]);
		expect(sortedOrder(values, 'descending', en)).toEqual([4, 1, 3, 0, 2]);
		expect(compareValues(null, null, 'descending', en)).toBe(0);
	});

	it('keeps ties in their original order', () => {
		expect(sortedOrder(['b', 'A', 'a', 'B'], 'ascending', en)).toEqual([1, 2, 0, 3]);
		expect(sortedOrder(['b', 'A', 'a', 'B'], 'descending', en)).toEqual([0, 3, 1, 2]);
	});

	it('compares text in the collation of the page language', () => {
		// Kazakh: і comes after ы, and ұ, ү after у, as in the Kazakh alphabet.
		expect(
			sorted(['Іле', 'Ырғыз', 'Үржар', 'Ұлытау', 'Ақсу', 'Әйтеке би'], 'ascending', 'kk')
		).toEqual(['Ақсу', 'Әйтеке би', 'Ұлытау', 'Үржар', 'Ырғыз', 'Іле']);
		// Russian: ё sorts with е; capitals with their small letters.
		expect(sorted(['ель', 'Ёлкин', 'еда', 'Жуков', 'абай'], 'ascending', 'ru')).toEqual([
			'абай',
			'еда',
			'Ёлкин',
			'ель',
			'Жуков'
		]);
		// Digits inside text by their value.
		expect(sorted(['District 10', 'District 9'], 'ascending')).toEqual([
			'District 9',
			'District 10'
		]);
	});
});
