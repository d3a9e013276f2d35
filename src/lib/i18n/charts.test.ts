import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { CHARTS } from '$lib/charts/registry.server';
import { standaloneSvg } from '$lib/export/render.server';
import { t } from './text';

const data = realDataset();
/** Words the English charts draw; none may remain in a Kazakh or Russian file. */
const ENGLISH =
	/\b(seats?|Majority|Party list|Single-mandate|Against all|threshold|Turnout|Source:|no data)\b/;
const text = (svg: string) => svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const descOf = (id: string, lang: 'en' | 'ru') =>
	(CHARTS.find((c) => c.id === id)!.props(data, lang).meta as { desc: string }).desc;

describe.each(CHARTS.map((c) => c.id))('%s in three languages', (id) => {
	const chart = CHARTS.find((c) => c.id === id)!;

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
});

/** The charts whose description states a percentage: each must write it the way its language does. */
const WITH_PCT = CHARTS.map((c) => c.id).filter((id) => /\d+\.\d\d%/.test(descOf(id, 'en')));

describe('percentages in chart descriptions', () => {
	it('are found in some charts (else the next test checks nothing)', () => {
		expect(WITH_PCT.length).toBeGreaterThan(0);
	});
	it.each(WITH_PCT)('%s writes 54,21 % in Russian where English has 54.21%', (id) => {
		expect(descOf(id, 'ru')).toMatch(/\d+,\d\d\s%/);
		expect(descOf(id, 'ru')).not.toMatch(/\d+\.\d\d%/);
	});
});
