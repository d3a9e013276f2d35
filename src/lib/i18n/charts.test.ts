import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { chartById } from '$lib/charts/registry.server';
import { standaloneSvg } from '$lib/export/render.server';
import { t } from './text';

const data = realDataset();
const TRANSLATED = [
	'hemicycle-2023',
	'vote-share-2023',
	'seats-by-method-2023',
	'turnout-history',
	'hemicycle-b',
	'seat-change',
	'seat-change-2004-2007',
	'ruling-party-history',
	'simulated-hemicycle'
];
/** Words the English charts draw; none may remain in a Kazakh or Russian file of these charts. */
const ENGLISH =
	/\b(seats?|Majority|Party list|Single-mandate|Against all|threshold|Turnout|Source:|no data)\b/;

describe.each(TRANSLATED)('%s in three languages', (id) => {
	const chart = chartById(id)!;
	const text = (svg: string) => svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

	it('keeps English as it was and writes Kazakh and Russian files in their language', () => {
		const en = text(standaloneSvg(chart, data, 'en'));
		expect(en).toContain(t('en', 'fig_source'));
		for (const lang of ['kk', 'ru'] as const) {
			const svg = text(standaloneSvg(chart, data, lang));
			expect(svg, lang).toContain(t(lang, 'fig_source'));
			expect(svg, lang).toContain(t(lang, 'svg_licence'));
			// Source titles stay as in the data; everything else is translated.
			const drawn = svg.replace(/(Дереккөз|Источник):.*$/, '');
			expect(drawn, lang).not.toMatch(ENGLISH);
			expect(drawn, lang).toMatch(/[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]{4}/);
		}
	});

	it('formats numbers for the language', () => {
		const meta = (lang: 'en' | 'ru') => chart.props(data, lang).meta as { desc: string };
		const pct = /\d+[.,]\d\d\s?%/;
		if (pct.test(meta('en').desc)) {
			expect(meta('en').desc).toMatch(/\d+\.\d\d%/);
			expect(meta('ru').desc).toMatch(/\d+,\d\d\s%/);
		}
	});
});
