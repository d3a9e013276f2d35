import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { realDataset } from '$lib/data/fixtures';
import { chartById } from '$lib/charts/registry.server';
import { standaloneSvg } from '$lib/export/render.server';
import { csvTable, tableModel } from '../table';
import { textWidth } from '../wrap';
import { t } from '$lib/i18n/text';
import type { Lang } from '$lib/data/types';
import { formatChange, isLayerId, LAYER_IDS, numberList, type LayerId } from './build';
import { luminance } from './scales';
import { mapText } from './text';
import { geometryFile, regionalStatus, unitFacts, unplacedDistricts } from './units';
import { regionMap } from './spec';
import RegionMap from './RegionMap.svelte';

const data = realDataset();
const OTHER = ['kk', 'ru'] as const;
const CYRILLIC = /[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]{4}/;
const built = (layer: LayerId, lang: Lang = 'en') => regionMap.build(data, lang, layer);
const paint = (layer: LayerId, id: string, lang: Lang = 'en') =>
	built(layer, lang).data.layer.regions.find((r) => r.id === id)!;
const units = unitFacts(data);
const unit = (id: string) => units.find((u) => u.id === id)!;

describe('the spec', () => {
	it('has the three layers as states, the default first, with the files as before', () => {
		expect(regionMap.states!(data)).toEqual(['turnout-2023', 'turnout-change', 'districts']);
		expect(LAYER_IDS.map((l) => built(l).meta.id)).toEqual([
			'map-turnout-2023',
			'map-turnout-change',
			'map-districts'
		]);
		for (const id of ['map-turnout-2023', 'map-turnout-change', 'map-districts'])
			expect(chartById(id), id).toBeDefined();
		expect(isLayerId('turnout-change')).toBe(true);
		expect(isLayerId('turnout')).toBe(false);
		expect(isLayerId(null)).toBe(false);
	});

	it('writes one CSV row per unit and the page table from the same columns', () => {
		const csv = csvTable(built('districts'), regionMap.columns);
		expect(csv.columns).toEqual([
			'region_id',
			'name',
			'kind',
			'turnout_2023_pct',
			'turnout_2021_pct',
			'turnout_2021_of',
			'change_pp',
			'districts',
			'district_winners'
		]);
		expect(csv.rows.find((r) => r[0] === 'KZ-10')).toEqual([
			'KZ-10',
			'Abai Region',
			'region',
			57.02,
			72.4,
			'East Kazakhstan Region',
			-15.38,
			'8',
			'8: Nurtai Sabilianov'
		]);
		expect(csv.rows.find((r) => r[0] === 'KZ-35')![8]).toBe(
			'18: not in dataset; 19: Arman Qalyqov'
		);
		const table = tableModel(built('turnout-2023', 'ru'), regionMap.columns, 'ru');
		expect(table.head.map((h) => h.label)).toEqual([
			t('ru', 'map_col_region'),
			'2023',
			'2021',
			t('ru', 'map_col_change'),
			t('ru', 'map_col_winner')
		]);
		const almaty = table.body[built('turnout-2023', 'ru').rows.findIndex((r) => r.id === 'KZ-75')]!;
		expect(almaty.slice(0, 4)).toEqual(['Алматы (город)', '25,82', '30,3', '−4,48']);
		// Almaty Region keeps its word in the table, where Almaty is the city.
		const en = tableModel(built('districts'), regionMap.columns, 'en');
		expect(en.body.map((r) => r[0])).toContain('Almaty Region');
		expect(en.body.map((r) => r[0])).toContain('Akmola');
	});
});

describe('facts per unit', () => {
	it('has the 20 units A to Z with their 2023 turnout', () => {
		expect(units).toHaveLength(20);
		expect(units.map((u) => u.name).slice(0, 3)).toEqual([
			'Abai Region',
			'Akmola Region',
			'Aktobe Region'
		]);
		expect(unit('KZ-75')).toMatchObject({
			name: 'Almaty',
			kind: 'city',
			turnout2023: 25.82,
			turnout2021: 30.3,
			change: -4.48
		});
	});

	it('compares the regions created in 2022 with the region they were split from', () => {
		expect(unit('KZ-10')).toMatchObject({
			turnout2021: 72.4,
			change: -15.38,
			comparedWith: { id: 'KZ-63', name: 'East Kazakhstan Region' }
		});
		expect(unit('KZ-33')).toMatchObject({
			turnout2021: 73.5,
			change: -18.18,
			comparedWith: { id: 'KZ-19' }
		});
		expect(unit('KZ-62')).toMatchObject({
			turnout2021: 70.7,
			change: -11.71,
			comparedWith: { id: 'KZ-35' }
		});
		expect(unit('KZ-63')).toMatchObject({
			comparedWith: null,
			splitOff: ['Abai Region'],
			change: -8.25
		});
		expect(units.filter((u) => u.comparedWith)).toHaveLength(3);
	});

	it('places the districts the data place, and no others', () => {
		expect(unit('KZ-61').districts.map((d) => d.no)).toEqual([25, 26, 27]);
		expect(unit('KZ-35').districts).toEqual([
			{ no: 18, winner: null, party: null, nomination: null },
			{
				no: 19,
				winner: 'Arman Qalyqov',
				party: 'Amanat',
				nomination: 'not confirmed (Wikipedia lists party as Amanat)'
			}
		]);
		expect(units.reduce((s, u) => s + u.districts.length, 0)).toBe(25);
		expect(unplacedDistricts(data)).toEqual([13, 14, 15, 24]);
	});

	it('reads one status per election from the rows', () => {
		expect(regionalStatus(data, '2023')).toBe('preliminary at close of polls');
		expect(regionalStatus(data, '2021')).toBe('preliminary as of 22:00 on election day');
	});
});

describe('chart metadata', () => {
	it('names the figures and credits the turnout source and the boundaries', () => {
		expect(built('turnout-2023').meta.source).toMatch(
			/^Turnout 2023: CEC, preliminary at close of polls, via Kazinform \(2023-03-19\)\. Boundaries: OCHA\/UNHCR/
		);
		expect(built('turnout-change').meta.source).toContain(
			'2021: CEC, preliminary as of 22:00 on election day'
		);
		expect(built('turnout-2023').meta.desc).toContain(
			'Lowest: Almaty 25.82%; highest: Kyzylorda Region 67.21%'
		);
		expect(built('turnout-change').meta.desc).toContain('turnout fell in 20 of 20 units');
		expect(built('turnout-change').meta.desc).toContain(
			'Abai, Jetisu and Ulytau, created in 2022, are compared'
		);
		expect(built('districts').meta.title).toBe('The 29 single-mandate districts by region, 2023');
	});
});

describe('small helpers', () => {
	it('formats a change with a real minus sign', () => {
		expect(formatChange(-15.38)).toBe('−15.38');
		expect(formatChange(2.5, 1)).toBe('+2.5');
		expect(formatChange(0)).toBe('0.00');
		expect(formatChange(null)).toBe('–');
		expect(formatChange(-15.38, 2, 'ru')).toBe('−15,38');
		expect(formatChange(2.5, 1, 'kk')).toBe('+2,5');
	});

	it('writes runs of three or more district numbers as ranges', () => {
		expect(numberList([27, 25, 26])).toBe('25–27');
		expect(numberList([18, 19])).toBe('18, 19');
		expect(numberList([1, 3, 4, 5, 9])).toBe('1, 3–5, 9');
	});

	it('shortens names for map labels, keeping Almaty Region apart from Almaty', () => {
		const lines = (lang: Lang, name: string, kind: 'region' | 'city' = 'region') =>
			mapText(lang).nameLines(name, kind, [lang === 'en' ? 'Almaty' : 'Алматы']);
		expect(lines('en', 'Akmola Region')).toEqual(['Akmola']);
		expect(lines('en', 'North Kazakhstan Region')).toEqual(['North', 'Kazakhstan']);
		expect(lines('en', 'Almaty Region')).toEqual(['Almaty', 'Region']);
		expect(lines('en', 'Almaty', 'city')).toEqual(['Almaty']);
		expect(lines('kk', 'Ақмола облысы')).toEqual(['Ақмола']);
		expect(lines('kk', 'Алматы облысы')).toEqual(['Алматы', 'облысы']);
		expect(lines('kk', 'Солтүстік Қазақстан облысы')).toEqual(['Солтүстік', 'Қазақстан']);
		expect(lines('kk', 'Алматы', 'city')).toEqual(['Алматы']);
		expect(lines('ru', 'Алматинская область')).toEqual(['Алматинская']);
		expect(lines('ru', 'Восточно-Казахстанская область')).toEqual(['Восточно-', 'Казахстанская']);
	});

	it('translates every turnout status the data use on the map', () => {
		const statuses = new Set(
			data.turnout.filter((t) => t.election === '2023' || t.regionId).map((t) => t.status)
		);
		expect(statuses.size).toBeGreaterThanOrEqual(3);
		for (const lang of OTHER)
			for (const s of statuses) {
				const out = mapText(lang).status(s);
				expect(out, `${lang}: ${s}`).not.toMatch(/preliminary|close of polls|election day/);
				expect(out, `${lang}: ${s}`).toMatch(CYRILLIC);
			}
		expect(
			mapText('ru').status('preliminary at close of polls (final CEC: 54.21% per Wikipedia)')
		).toBe(
			'предварительные данные на момент закрытия участков (окончательно по ЦИК: 54,21\u00a0%, по данным Википедии)'
		);
		expect(
			mapText('en').status('preliminary at close of polls (final CEC: 54.21% per Wikipedia)')
		).toBe('preliminary at close of polls (final CEC: 54.21% per Wikipedia)');
		// A status the catalogue does not know is kept as the data write it, not dropped.
		expect(mapText('kk').status('final')).toBe('final');
	});

	it('counts districts with Russian plurals and Kazakh singulars', () => {
		expect([1, 2, 5].map(mapText('ru').districtCount)).toEqual([
			'1 округ',
			'2 округа',
			'5 округов'
		]);
		expect([1, 2, 5].map(mapText('kk').districtCount)).toEqual(['1 округ', '2 округ', '5 округ']);
		expect(built('districts', 'ru').meta.title).toBe('29 одномандатных округов по областям, 2023');
	});
});

describe('the map base', () => {
	it('has 20 shapes A to Z, a marker for each city and none for the regions', () => {
		const { base } = built('turnout-2023').data;
		expect(base.shapes).toHaveLength(20);
		expect(base.shapes[0]!.name).toBe('Abai Region');
		expect(base.shapes.filter((s) => s.marker).map((s) => s.id)).toEqual([
			'KZ-75',
			'KZ-71',
			'KZ-79'
		]);
		expect(base.width).toBe(720);
		expect(base.height).toBe(476);
	});
});

describe('the turnout layer', () => {
	it('gives Almaty city, the lowest turnout, the lightest fill', () => {
		const lightest = [...built('turnout-2023').data.layer.regions].sort(
			(a, b) => luminance(b.fill) - luminance(a.fill)
		)[0]!;
		expect(lightest.id).toBe('KZ-75');
		expect(paint('turnout-2023', 'KZ-75').lines).toEqual(['Almaty', '25.8']);
		expect(paint('turnout-2023', 'KZ-75').tip).toBe(
			'Almaty\nTurnout 2023: 25.82%\npreliminary at close of polls'
		);
	});

	it('has a ramp from 25 to 70 with a mark per unit', () => {
		const ramp = built('turnout-2023').data.layer.ramp!;
		expect(ramp.ticks.map((t) => t.label)).toEqual(['30', '40', '50', '60', '70']);
		expect(ramp.marks).toHaveLength(20);
		expect(ramp.title).toBe('Turnout, % of registered voters (preliminary at close of polls)');
	});
});

describe('the change layer', () => {
	it('hatches exactly the three regions created in 2022', () => {
		const layer = built('turnout-change').data.layer;
		const hatched = layer.regions.filter((r) => r.hatch).map((r) => r.id);
		expect(hatched.sort()).toEqual(['KZ-10', 'KZ-33', 'KZ-62']);
		expect(paint('turnout-change', 'KZ-10').tip).toBe(
			'Abai Region\nChange: −15.38 percentage points\n2023: 57.02%\n2021: 72.4% in East Kazakhstan Region, which it was part of (preliminary as of 22:00 on election day)'
		);
		expect(paint('turnout-change', 'KZ-63').tip).toContain(
			'2021: 72.4% (then including Abai Region)'
		);
		expect(layer.hatchNote).toBe('Created in 2022: compared with the region it was split from');
	});
});

describe('the districts layer', () => {
	it('shades regions by the number of districts placed in them, none placed in grey', () => {
		const layer = built('districts').data.layer;
		expect(paint('districts', 'KZ-61').lines).toEqual(['Turkistan', 'No. 25–27']);
		expect(paint('districts', 'KZ-23').lines).toEqual(['Atyrau', '?']);
		expect(paint('districts', 'KZ-23').fill).toBe('#d5dbe0');
		expect(paint('districts', 'KZ-19').tip).toBe(
			'Almaty Region\nNo. 11: Ardaq Nazarov (Self-nominated)\nNo. 12: Daniar Qasqaraurov (Self-nominated)'
		);
		expect(layer.footnotes[0]!.text).toContain('districts 13, 14, 15, 24');
		expect(layer.swatches.map((s) => s.label)).toEqual([
			'1 district',
			'2 districts',
			'3 districts',
			'none placed in the dataset'
		]);
	});
});

describe('RegionMap', () => {
	it('on the page: 20 regions drawn from the shapes file, 20 tab stops, hatching only where asked', () => {
		const { meta, data: d } = built('turnout-2023');
		const { body } = render(RegionMap, { props: { meta, data: d } });
		const file = `/geo/${geometryFile(data).name}`;
		const regions = [...body.matchAll(/<use href="([^"]+)"[^>]* data-region="(KZ-\d\d)"/g)];
		expect(regions).toHaveLength(20);
		for (const [, href, id] of regions) expect(href).toBe(`${file}#${id}`);
		// The shapes are in the file, not in the page.
		expect(body).not.toMatch(/ d="M\d/);
		expect(body).toContain(`href="${file}#borders"`);
		expect(body).toContain(`href="${file}#outline"`);
		expect(body.match(/tabindex="0"/g)).toHaveLength(20);
		expect(body).not.toContain('data-hatch');
		expect(body).toContain('data-city="KZ-71"');
	});

	it('standalone: no tab stops, the attribution in the source lines', () => {
		const { meta, data: d } = built('turnout-change');
		const { body } = render(RegionMap, { props: { meta, data: d, standalone: true } });
		expect(body).not.toContain('tabindex');
		// A file stands alone: its shapes are written into it.
		expect(body).not.toContain('<use');
		expect(body.match(/<path d="M[^"]+"[^>]* data-region="KZ-\d\d"/g)).toHaveLength(20);
		expect(body.match(/data-hatch="KZ-\d\d"/g)).toHaveLength(3);
		expect(body).toContain('Boundaries: OCHA/UNHCR');
		expect(body).toContain('CC BY-IGO 3.0');
	});
});

describe('the shapes file', () => {
	it('holds every unit by its code, the borders and the outline, exactly as drawn in a file', () => {
		const file = geometryFile(data);
		const { base } = built('turnout-2023').data;
		for (const s of base.shapes) expect(file.svg).toContain(`<path id="${s.id}" d="${s.d}"/>`);
		expect(file.svg).toContain(`<path id="borders" d="${base.borders}"/>`);
		expect(file.svg).toContain(`<path id="outline" d="${base.outline}"/>`);
		expect(file.svg.match(/<path /g)).toHaveLength(22);
		expect(file.name).toMatch(/^units-[0-9a-f]{8}\.svg$/);
	});
});

describe.each(OTHER)('the map in %s', (lang) => {
	const text = mapText(lang);

	it('names the units in the language, in its alphabetical order, shapes in the same order', () => {
		const { base } = built('turnout-2023', lang).data;
		const names = unitFacts(data, lang).map((u) => u.name);
		expect(names).toEqual([...names].sort((a, b) => new Intl.Collator(lang).compare(a, b)));
		expect(names).toContain(data.regions.find((r) => r.id === 'KZ-10')!.names[lang]);
		expect(base.shapes.map((s) => s.name)).toEqual(names);
	});

	it('writes tooltips, legends and notes in the language, numbers in its notation', () => {
		const almaty = paint('turnout-2023', 'KZ-75', lang);
		expect(almaty.tip.split('\n')).toEqual([
			'Алматы',
			text.turnout(2023, lang === 'ru' ? '25,82\u00a0%' : '25,82%'),
			text.status('preliminary at close of polls')
		]);
		expect(almaty.lines).toEqual(['Алматы', '25,8']);
		expect(built('turnout-2023', lang).data.layer.ramp!.title).toBe(
			text.turnoutRamp(text.status('preliminary at close of polls'))
		);
		const abai = paint('turnout-change', 'KZ-10', lang).tip;
		expect(abai).toContain(text.change('−15,38'));
		expect(abai).toContain(data.regions.find((r) => r.id === 'KZ-63')!.names[lang]);
		expect(built('turnout-change', lang).data.layer.hatchNote).toBe(text.hatchNote(2022));
		expect(built('districts', lang).data.layer.swatches.at(-1)!.label).toBe(text.noneKey);
		expect(paint('districts', 'KZ-61', lang).lines.at(-1)).toBe('№ 25–27');
		expect(paint('districts', 'KZ-35', lang).tip).toContain(`№ 18: ${text.winnerMissing}`);
		for (const layer of LAYER_IDS)
			for (const r of built(layer, lang).data.layer.regions)
				expect(r.tip, r.id).not.toMatch(/Turnout|Change|district|dataset|No\./);
	});

	it('keeps the longer Kazakh and Russian legend lines inside the drawing', () => {
		// textWidth over-estimates on purpose: a line that passes it fits in any common font.
		const { base, layer: districts } = built('districts', lang).data;
		const foot = districts.footnotes[0]!;
		expect(foot.x + textWidth(foot.text, 11)).toBeLessThanOrEqual(base.width);
		const change = built('turnout-change', lang).data.layer;
		const ramp = change.ramp!;
		const hatchX = ramp.x + ramp.width + 48;
		expect(hatchX + textWidth(change.hatchNote!, 11)).toBeLessThanOrEqual(base.width);
		const title = built('turnout-2023', lang).data.layer.ramp!.title;
		expect(12 + textWidth(title, 11)).toBeLessThanOrEqual(base.width);
	});

	it('titles the charts and fills the CSV in the language', () => {
		const { meta } = built('turnout-2023', lang);
		expect(meta.title).toBe(
			t(lang, 'map_turnout_title', {
				date: lang === 'kk' ? '2023 ж. 19 наурыз' : '19 марта 2023 г.'
			})
		);
		expect(built('districts', lang).meta.lang).toBe(lang);
		const csv = csvTable(built('districts', lang), regionMap.columns);
		const abai = csv.rows.find((r) => r[0] === 'KZ-10')!;
		expect(abai[1]).toBe(data.regions.find((r) => r.id === 'KZ-10')!.names[lang]);
		expect(csv.rows.find((r) => r[0] === 'KZ-35')![8]).toBe(
			`18: ${text.notInDataset}; 19: Arman Qalyqov`
		);
	});
});

describe.each(['map-turnout-2023', 'map-turnout-change', 'map-districts'])(
	'/charts/%s in three languages',
	(id) => {
		const chart = chartById(id)!;
		const words = (svg: string) => svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		/** Words the English map draws; none may remain in the Kazakh or Russian file. */
		const ENGLISH =
			/\b(Turnout|Change|Region|districts?|Created|percentage|dataset|winner|registered|Source:|No\.)\b/;

		it('writes the Kazakh and Russian files in their language, English as before', () => {
			expect(words(standaloneSvg(chart, data, 'en'))).toMatch(ENGLISH);
			for (const lang of OTHER) {
				const svg = words(standaloneSvg(chart, data, lang));
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
