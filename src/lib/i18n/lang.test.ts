import { describe, expect, it } from 'vitest';
import {
	chartFile,
	delocalize,
	langFileName,
	langOf,
	localize,
	parseChartFormat,
	parseLangFileName
} from './lang';

describe('language paths', () => {
	it('reads the language from the prefix only', () => {
		expect(langOf('/')).toBe('en');
		expect(langOf('/map/')).toBe('en');
		expect(langOf('/kk/')).toBe('kk');
		expect(langOf('/ru')).toBe('ru');
		expect(langOf('/ru/compare/2016-2023/')).toBe('ru');
		expect(langOf('/kkx/')).toBe('en');
	});
	it('strips the prefix', () => {
		expect(delocalize('/kk/map/')).toBe('/map/');
		expect(delocalize('/ru')).toBe('/');
		expect(delocalize('/ru/')).toBe('/');
		expect(delocalize('/data/')).toBe('/data/');
	});
	it('localizes paths, keeping query and hash', () => {
		expect(localize('/', 'kk')).toBe('/kk/');
		expect(localize('/map/?layer=districts#x', 'ru')).toBe('/ru/map/?layer=districts#x');
		expect(localize('/kk/map/?a=1', 'en')).toBe('/map/?a=1');
		expect(localize('/kk/simulate/', 'ru')).toBe('/ru/simulate/');
		expect(localize('?q=1', 'kk')).toBe('/kk/?q=1');
	});
});

describe('chart files', () => {
	it('names files by language and reads them back', () => {
		expect(chartFile('turnout-history', 'svg', 'en')).toBe('/charts/turnout-history.svg');
		expect(chartFile('turnout-history', 'png', 'ru')).toBe('/charts/turnout-history.ru.png');
		expect(parseChartFormat('svg')).toEqual({ lang: 'en', format: 'svg' });
		expect(parseChartFormat('kk.csv')).toEqual({ lang: 'kk', format: 'csv' });
		expect(parseChartFormat('en.svg')).toBeNull();
		expect(parseChartFormat('de.svg')).toBeNull();
		expect(parseChartFormat('a.b.c')).toBeNull();
	});

	it('names per-language files (cards, oEmbed) and reads the names back', () => {
		expect(langFileName('hemicycle-2023', 'en')).toBe('hemicycle-2023');
		expect(langFileName('hemicycle-2023', 'kk')).toBe('hemicycle-2023.kk');
		for (const lang of ['en', 'kk', 'ru'] as const)
			expect(parseLangFileName(langFileName('chamber-2004', lang))).toEqual({
				id: 'chamber-2004',
				lang
			});
		// Only a language other than the base one is a suffix.
		expect(parseLangFileName('site.en')).toEqual({ id: 'site.en', lang: 'en' });
		expect(parseLangFileName('site.de')).toEqual({ id: 'site.de', lang: 'en' });
		expect(parseLangFileName('.kk')).toEqual({ id: '.kk', lang: 'en' });
	});
});
