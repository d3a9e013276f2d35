import { describe, expect, it } from 'vitest';
import { MESSAGES, t, type MessageKey } from './messages';
import { LANGS } from './lang';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
	const keys = Object.keys(MESSAGES.en) as MessageKey[];

	it('has every key in every language, none empty, with the same placeholders', () => {
		expect(keys.length).toBeGreaterThan(40);
		for (const lang of LANGS) {
			expect(Object.keys(MESSAGES[lang]).sort(), lang).toEqual([...keys].sort());
			for (const key of keys) {
				const value = MESSAGES[lang][key];
				expect(value.trim(), `${lang}.${key}`).not.toBe('');
				expect(placeholders(value), `${lang}.${key}`).toEqual(placeholders(MESSAGES.en[key]));
			}
		}
	});

	it('translates: Kazakh and Russian differ from English where words are used', () => {
		for (const key of ['nav_overview', 'nav_data', 'fig_source', 'data_title'] as const) {
			expect(MESSAGES.kk[key]).not.toBe(MESSAGES.en[key]);
			expect(MESSAGES.ru[key]).not.toBe(MESSAGES.en[key]);
		}
		expect(MESSAGES.kk.brand_tagline).toContain('Мәжіліс');
		expect(MESSAGES.ru.brand_tagline).toContain('Мажилис');
	});

	it('fills placeholders', () => {
		expect(t('ru', 'data_download', { file: 'a.csv' })).toBe('Скачать a.csv');
		expect(t('kk', 'data_coverage_item', { year: 2023, convocation: 'VIII', seats: 98 })).toBe(
			'2023 (VIII шақырылым, 98 мандат)'
		);
	});
});

describe('chart text helpers', () => {
	it('numbers convocations in Roman figures and picks Russian plurals', async () => {
		const { roman, ruPlural } = await import('./chart-text');
		expect([3, 4, 7, 8, 9, 14].map(roman)).toEqual(['III', 'IV', 'VII', 'VIII', 'IX', 'XIV']);
		const seats = (n: number) => `${n} ${ruPlural(n, 'место', 'места', 'мест')}`;
		expect([1, 2, 5, 11, 21, 22, 98, 107].map(seats)).toEqual([
			'1 место',
			'2 места',
			'5 мест',
			'11 мест',
			'21 место',
			'22 места',
			'98 мест',
			'107 мест'
		]);
	});
});
