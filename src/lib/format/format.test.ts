import { describe, expect, it } from 'vitest';
import {
	formatBytes,
	formatDate,
	formatInt,
	formatList,
	formatPct,
	formatSigned,
	MISSING,
	ordinal
} from '.';

describe('format', () => {
	it('shows missing values as missing', () => {
		expect(formatInt(null)).toBe(MISSING);
		expect(formatPct(undefined)).toBe(MISSING);
	});
	it('formats numbers per language', () => {
		expect(formatInt(12035578)).toBe('12,035,578');
		expect(formatPct(54.21)).toBe('54.21%');
		expect(formatPct(54.21, 2, 'ru')).toBe('54,21\u00a0%');
		expect(formatSigned(-13)).toBe('−13');
		expect(formatSigned(6)).toBe('+6');
		expect(formatSigned(0)).toBe('0');
	});
	it('formats dates and sizes', () => {
		expect(formatDate('2023-03-19')).toBe('19 March 2023');
		expect(formatBytes(73737)).toBe('72 KB');
		expect(formatBytes(512)).toBe('512 B');
	});
	it('writes English ordinals', () => {
		expect([1, 2, 3, 4, 8, 11, 12, 13, 21, 22, 103].map(ordinal)).toEqual([
			'1st',
			'2nd',
			'3rd',
			'4th',
			'8th',
			'11th',
			'12th',
			'13th',
			'21st',
			'22nd',
			'103rd'
		]);
	});
});

describe('Kazakh formatting does not depend on the runtime having Kazakh locale data', () => {
	it('writes percentages, numbers and dates the Kazakh way', () => {
		expect(formatPct(54.21, 2, 'kk')).toBe('54,21%');
		expect(formatInt(12035578, 'kk')).toBe('12\u00a0035\u00a0578');
		expect(formatDate('2023-03-19', 'kk')).toBe('2023 ж. 19 наурыз');
		expect(formatDate('2021-01-10', 'kk')).toBe('2021 ж. 10 қаңтар');
	});
});

describe('the written-out patterns agree with CLDR where the runtime has it', () => {
	const LOCALE = { en: 'en-GB', ru: 'ru-RU' } as const;
	it('prints every month as Intl.DateTimeFormat does in English and Russian', () => {
		for (const lang of ['en', 'ru'] as const)
			for (let m = 1; m <= 12; m++) {
				const iso = `2023-${String(m).padStart(2, '0')}-09`;
				const intl = new Intl.DateTimeFormat(LOCALE[lang], {
					day: 'numeric',
					month: 'long',
					year: 'numeric',
					timeZone: 'UTC'
				}).format(new Date(`${iso}T00:00:00Z`));
				expect(formatDate(iso, lang), `${lang} ${iso}`).toBe(intl);
			}
	});
	it('joins lists as Intl.ListFormat does in English and Russian', () => {
		for (const lang of ['en', 'ru'] as const)
			for (const items of [['a'], ['a', 'b'], ['a', 'b', 'c', 'd']])
				expect(formatList(items, lang)).toBe(
					new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' }).format(items)
				);
	});
});
