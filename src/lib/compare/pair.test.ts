import { describe, expect, it } from 'vitest';
import { allPairs, choosePair, pairSlug, parseSlug, quote } from './pair';

const ids = ['2004', '2007', '2012', '2016', '2021', '2023'];
const q = (s: string) => new URLSearchParams(s);

describe('choosePair', () => {
	it('shows 2021 and 2023 when nothing is asked for, or before the browser has the query', () => {
		expect(choosePair(null, ids)).toEqual({ a: '2021', b: '2023', note: null });
		expect(choosePair(q(''), ids)).toEqual({ a: '2021', b: '2023', note: null });
		expect(choosePair(q('utm_source=x'), ids)).toEqual({ a: '2021', b: '2023', note: null });
	});

	it('takes any two different elections, in either order', () => {
		expect(choosePair(q('a=2016&b=2023'), ids)).toEqual({ a: '2016', b: '2023', note: null });
		expect(choosePair(q('a=2023&b=2004'), ids)).toEqual({ a: '2023', b: '2004', note: null });
		expect(choosePair(q('a=%202012%20&b=2016'), ids)).toEqual({ a: '2012', b: '2016', note: null });
	});

	it('fills a missing side from the default', () => {
		expect(choosePair(q('a=2016'), ids)).toEqual({ a: '2016', b: '2023', note: null });
		expect(choosePair(q('b=2007'), ids)).toEqual({ a: '2021', b: '2007', note: null });
	});

	it('falls back to the default with a note for unknown years and garbage', () => {
		const unknown = choosePair(q('a=1999&b=2023'), ids);
		expect(unknown).toMatchObject({ a: '2021', b: '2023' });
		expect(unknown.note).toBe(
			'“1999” is not an election in the data (2004, 2007, 2012, 2016, 2021, 2023); showing 2021 and 2023 instead.'
		);
		const both = choosePair(q('a=<script>&b=2023.5'), ids);
		expect(both).toMatchObject({ a: '2021', b: '2023' });
		expect(both.note).toMatch(/^“<script>” and “2023.5” are not elections in the data/);
		expect(choosePair(q('a='), ids).note).toMatch(/^“” is not an election/);
	});

	it('falls back when both sides name the same election', () => {
		const same = choosePair(q('a=2016&b=2016'), ids);
		expect(same).toMatchObject({ a: '2021', b: '2023' });
		expect(same.note).toBe(
			'Both sides asked for 2016; pick two different elections. Now showing 2021 and 2023 instead.'
		);
		// Only a=2023 given: b defaults to 2023 too.
		expect(choosePair(q('a=2023'), ids).note).toMatch(/^Both sides asked for 2023/);
	});

	it('quotes at most 24 characters of a huge value', () => {
		const huge = 'x'.repeat(100_000);
		const note = choosePair(q(`a=${huge}`), ids).note!;
		expect(note.length).toBeLessThan(160);
		expect(note).toContain(`“${'x'.repeat(24)}…”`);
		expect(quote('  two\n words ')).toBe('“two words”');
	});
});

describe('pair paths', () => {
	it('round-trips a pair through its slug', () => {
		expect(pairSlug({ a: '2016', b: '2023' })).toBe('2016-2023');
		expect(parseSlug('2016-2023', ids)).toEqual({ a: '2016', b: '2023' });
		expect(parseSlug('2023-2004', ids)).toEqual({ a: '2023', b: '2004' });
	});

	it('refuses slugs that are not a pair of two different elections', () => {
		for (const bad of ['2016-2016', '1999-2023', '2016', '2016-2023-2021', 'x-y', '2016_2023'])
			expect(parseSlug(bad, ids), bad).toBeNull();
	});

	it('lists all 30 ordered pairs of six elections', () => {
		const pairs = allPairs(ids);
		expect(pairs).toHaveLength(30);
		expect(new Set(pairs.map(pairSlug)).size).toBe(30);
		expect(pairs[0]).toEqual({ a: '2004', b: '2007' });
		expect(pairs.some((p) => p.a === p.b)).toBe(false);
	});
});

describe('the pair note in Kazakh and Russian', () => {
	it('writes the note in the language', () => {
		const ids = ['2021', '2023'];
		expect(choosePair(new URLSearchParams('a=1999'), ids, undefined, 'ru').note).toBe(
			'В данных нет выборов «1999» (2021, 2023); вместо этого показаны выборы 2021 и 2023.'
		);
		expect(choosePair(new URLSearchParams('a=2023&b=2023'), ids, undefined, 'kk').note).toBe(
			'Екі жақта да 2023 сұралды; екі түрлі сайлауды таңдаңыз. Қазір оның орнына 2021 және 2023 көрсетілді.'
		);
	});
});
