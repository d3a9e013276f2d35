import { describe, expect, it } from 'vitest';
import { CHARTS } from '$lib/charts/registry.server';
import { t } from '$lib/i18n/text';
import { SITE_CARD } from './card';
import { pageHead } from './head.server';

describe('pageHead', () => {
	it('names the main chart and its title in the page’s language', () => {
		const head = pageHead('kk', 'T', 'D', 'president-2019');
		expect(head).toEqual({
			title: 'T',
			description: 'D',
			chart: 'president-2019',
			cardTitle: expect.stringContaining('2019')
		});
		expect(head.cardTitle).not.toBe(pageHead('en', 'T', 'D', 'president-2019').cardTitle);
	});

	it('gives a page with no chart the site card’s words', () => {
		expect(pageHead('ru', 'T', 'D', null)).toEqual({
			title: 'T',
			description: 'D',
			chart: null,
			cardTitle: t('ru', 'card_site_alt')
		});
	});

	it('stops at a chart file that is not registered (it would have no card)', () => {
		expect(() => pageHead('en', 'T', 'D', 'hemicycle-1999')).toThrow(/hemicycle-1999/);
	});

	it('leaves the site card’s name to no chart file', () => {
		expect(CHARTS.map((c) => c.id)).not.toContain(SITE_CARD);
	});
});
