import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { chartById } from '$lib/charts/registry.server';
import { standaloneSvg } from '$lib/export/render.server';
import { t } from '$lib/i18n/text';
import { mapPage, mapTable } from '$lib/pages/map';
import { textWidth } from '../wrap';
import { formatChange, nameLines } from './build';
import { MAP_TEXT } from './text';

const data = realDataset();
const OTHER = ['kk', 'ru'] as const;
const CYRILLIC = /[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]{4}/;

describe('map words in Kazakh and Russian', () => {
	it('translates every turnout status the data use on the map', () => {
		const statuses = new Set(
			data.turnout.filter((t) => t.election === '2023' || t.regionId).map((t) => t.status)
		);
		expect(statuses.size).toBeGreaterThanOrEqual(3);
		for (const lang of OTHER)
			for (const s of statuses) {
				const out = MAP_TEXT[lang].status(s);
				expect(out, `${lang}: ${s}`).not.toMatch(/preliminary|close of polls|election day/);
				expect(out, `${lang}: ${s}`).toMatch(CYRILLIC);
			}
		// The national row's final figure is formatted for the language.
		expect(
			MAP_TEXT.ru.status('preliminary at close of polls (final CEC: 54.21% per Wikipedia)')
		).toBe(
			'предварительные данные на момент закрытия участков (окончательно по ЦИК: 54,21\u00a0%, по данным Википедии)'
		);
		// A status the table does not know is kept as the data write it, not dropped.
		expect(MAP_TEXT.kk.status('final')).toBe('final');
	});

	it('shortens region names for map labels in each language', () => {
		expect(nameLines('Ақмола облысы', 'kk')).toEqual(['Ақмола']);
		expect(nameLines('Алматы облысы', 'kk')).toEqual(['Алматы', 'облысы']);
		expect(nameLines('Солтүстік Қазақстан облысы', 'kk')).toEqual(['Солтүстік', 'Қазақстан']);
		expect(nameLines('Алматы', 'kk', 'city')).toEqual(['Алматы']);
		expect(nameLines('Алматинская область', 'ru')).toEqual(['Алматинская']);
		expect(nameLines('Восточно-Казахстанская область', 'ru')).toEqual([
			'Восточно-',
			'Казахстанская'
		]);
	});

	it('counts districts with Russian plurals and Kazakh singulars', () => {
		expect([1, 2, 5].map(MAP_TEXT.ru.districtCount)).toEqual(['1 округ', '2 округа', '5 округов']);
		expect([1, 2, 5].map(MAP_TEXT.kk.districtCount)).toEqual(['1 округ', '2 округ', '5 округ']);
		expect(MAP_TEXT.ru.districtsTitle(29, 2023)).toBe('29 одномандатных округов по областям, 2023');
	});

	it('writes changes with a decimal comma and a real minus sign', () => {
		expect(formatChange(-15.38, 2, 'ru')).toBe('−15,38');
		expect(formatChange(2.5, 1, 'kk')).toBe('+2,5');
		expect(formatChange(-15.38)).toBe('−15.38');
	});
});

describe.each(OTHER)('the map page in %s', (lang) => {
	const page = mapPage(data, lang);
	const paint = (layer: keyof typeof page.layers, id: string) =>
		page.layers[layer].regions.find((r) => r.id === id)!;

	it('names the units in the language, in its alphabetical order, shapes in the same order', () => {
		const names = page.units.map((u) => u.name);
		expect(names).toEqual([...names].sort((a, b) => new Intl.Collator(lang).compare(a, b)));
		expect(names).toContain(data.regions.find((r) => r.id === 'KZ-10')!.names[lang]);
		expect(page.base.shapes.map((s) => s.id)).toEqual(page.units.map((u) => u.id));
		expect(page.base.shapes[0]!.name).toBe(names[0]);
	});

	it('writes tooltips, legends and notes in the language, numbers in its notation', () => {
		const text = MAP_TEXT[lang];
		const almaty = paint('turnout-2023', 'KZ-75');
		expect(almaty.tip.split('\n')).toEqual([
			'Алматы',
			text.turnout2023(lang === 'ru' ? '25,82\u00a0%' : '25,82%'),
			text.status('preliminary at close of polls')
		]);
		expect(almaty.lines).toEqual(['Алматы', '25,8']);
		expect(page.layers['turnout-2023'].ramp!.title).toBe(
			text.turnoutRamp(text.status('preliminary at close of polls'))
		);
		const abai = paint('turnout-change', 'KZ-10').tip;
		expect(abai).toContain(text.change('−15,38'));
		expect(abai).toContain(data.regions.find((r) => r.id === 'KZ-63')!.names[lang]);
		expect(page.layers['turnout-change'].hatchNote).toBe(text.hatchNote);
		expect(page.layers.districts.swatches.at(-1)!.label).toBe(text.noneKey);
		expect(paint('districts', 'KZ-61').lines.at(-1)).toBe('№ 25–27');
		expect(paint('districts', 'KZ-35').tip).toContain(`№ 18: ${text.winnerMissing}`);
		for (const layer of Object.values(page.layers))
			for (const r of layer.regions)
				expect(r.tip, r.id).not.toMatch(/Turnout|Change|district|dataset|No\./);
	});

	it('keeps the longer Kazakh and Russian legend lines inside the drawing', () => {
		// textWidth over-estimates on purpose: a line that passes it fits in any common font.
		const { width } = page.base;
		const foot = page.layers.districts.footnotes[0]!;
		expect(foot.x + textWidth(foot.text, 11)).toBeLessThanOrEqual(width);
		const ramp = page.layers['turnout-change'].ramp!;
		const hatchX = ramp.x + ramp.width + 48;
		// The hatch note sits right of the ramp; Cyrillic letters run a little wider than the estimate's average.
		expect(hatchX + textWidth(page.layers['turnout-change'].hatchNote!, 11)).toBeLessThanOrEqual(
			width
		);
		const title = page.layers['turnout-2023'].ramp!.title;
		expect(12 + textWidth(title, 11)).toBeLessThanOrEqual(width);
	});

	it('titles the charts and fills the CSV in the language', () => {
		expect(page.metas['turnout-2023'].title).toBe(
			MAP_TEXT[lang].turnoutTitle(lang === 'kk' ? '2023 ж. 19 наурыз' : '19 марта 2023 г.')
		);
		expect(page.metas.districts.lang).toBe(lang);
		const csv = mapTable(data, lang);
		const abai = csv.rows.find((r) => r[0] === 'KZ-10')!;
		expect(abai[1]).toBe(data.regions.find((r) => r.id === 'KZ-10')!.names[lang]);
		expect(csv.rows.find((r) => r[0] === 'KZ-35')![8]).toBe(
			`18: ${MAP_TEXT[lang].notInDataset}; 19: Arman Qalyqov`
		);
	});
});

describe.each(['map-turnout-2023', 'map-turnout-change', 'map-districts'])(
	'/charts/%s in three languages',
	(id) => {
		const chart = chartById(id)!;
		const text = (svg: string) => svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		/** Words the English map draws; none may remain in the Kazakh or Russian file. */
		const ENGLISH =
			/\b(Turnout|Change|Region|districts?|Created|percentage|dataset|winner|registered|Source:|No\.)\b/;

		it('writes the Kazakh and Russian files in their language, English as before', () => {
			expect(text(standaloneSvg(chart, data, 'en'))).toMatch(ENGLISH);
			for (const lang of OTHER) {
				const svg = text(standaloneSvg(chart, data, lang));
				expect(svg, lang).toContain(t(lang, 'fig_source'));
				expect(svg, lang).toContain(t(lang, 'svg_licence'));
				// Source credits stay as in the data; everything drawn before them is translated.
				const drawn = svg.replace(/(Дереккөз|Источник):.*$/, '');
				expect(drawn, lang).not.toMatch(ENGLISH);
				expect(drawn, lang).toMatch(CYRILLIC);
			}
		});
	}
);
