import { describe, expect, it } from 'vitest';
import {
	formatBytes,
	formatDate,
	formatInt,
	formatPct,
	formatSigned,
	MISSING,
	ordinal
} from './format';

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
