import { describe, expect, it } from 'vitest';
import { cardPath } from './card';
import { shareTags, type PageHead } from './head';

const ORIGIN = 'https://sailau.example';
const head: PageHead = {
	title: 'Majilis',
	description: 'Seats and votes',
	chart: 'hemicycle-2023',
	cardTitle: 'The 8th Majilis: 98 seats'
};
const content = (tags: ReturnType<typeof shareTags>, key: string) =>
	tags.filter((t) => ('property' in t ? t.property : t.name) === key).map((t) => t.content);

describe('the card of a page', () => {
	it('is its main chart’s card in its language, or the site card', () => {
		expect(cardPath('hemicycle-2023', 'en')).toBe('/cards/hemicycle-2023.png');
		expect(cardPath('map-districts', 'kk')).toBe('/cards/map-districts.kk.png');
		expect(cardPath(null, 'ru')).toBe('/cards/site.ru.png');
	});
});

describe('shareTags', () => {
	it('says what a messenger shows: title, description, absolute card and page, large card', () => {
		const tags = shareTags(ORIGIN, '/kk/', 'kk', head);
		expect(content(tags, 'og:title')).toEqual(['Majilis']);
		expect(content(tags, 'og:description')).toEqual(['Seats and votes']);
		expect(content(tags, 'og:type')).toEqual(['website']);
		expect(content(tags, 'og:site_name')).toEqual(['Sailau']);
		expect(content(tags, 'og:url')).toEqual(['https://sailau.example/kk/']);
		expect(content(tags, 'og:image')).toEqual([
			'https://sailau.example/cards/hemicycle-2023.kk.png'
		]);
		expect(content(tags, 'og:image:width')).toEqual(['1200']);
		expect(content(tags, 'og:image:height')).toEqual(['630']);
		expect(content(tags, 'og:image:alt')).toEqual(['The 8th Majilis: 98 seats']);
		expect(content(tags, 'twitter:card')).toEqual(['summary_large_image']);
	});

	it('names the page’s locale and the other two as alternates', () => {
		for (const [lang, locale, others] of [
			['en', 'en_US', ['kk_KZ', 'ru_RU']],
			['kk', 'kk_KZ', ['en_US', 'ru_RU']],
			['ru', 'ru_RU', ['en_US', 'kk_KZ']]
		] as const) {
			const tags = shareTags(ORIGIN, '/', lang, head);
			expect(content(tags, 'og:locale')).toEqual([locale]);
			expect(content(tags, 'og:locale:alternate')).toEqual(others);
		}
	});

	it('gives a page with no chart the site card', () => {
		const tags = shareTags(ORIGIN, '/ru/data/', 'ru', { ...head, chart: null });
		expect(content(tags, 'og:image')).toEqual(['https://sailau.example/cards/site.ru.png']);
	});

	it('uses property for Open Graph and name for Twitter', () => {
		for (const tag of shareTags(ORIGIN, '/', 'en', head))
			if ('property' in tag) expect(tag.property).toMatch(/^og:/);
			else expect(tag.name).toMatch(/^twitter:/);
	});
});
