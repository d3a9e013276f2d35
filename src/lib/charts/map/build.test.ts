import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { realDataset } from '$lib/data/fixtures';
import { mapChart, mapPage } from '$lib/pages/map';
import { formatChange, isLayerId, nameLines, numberList } from './build';
import { luminance } from './scales';
import RegionMap from './RegionMap.svelte';

const data = realDataset();
const page = mapPage(data);
const paint = (layer: keyof typeof page.layers, id: string) =>
	page.layers[layer].regions.find((r) => r.id === id)!;

describe('small helpers', () => {
	it('formats a change with a real minus sign', () => {
		expect(formatChange(-15.38)).toBe('−15.38');
		expect(formatChange(2.5, 1)).toBe('+2.5');
		expect(formatChange(0)).toBe('0.00');
		expect(formatChange(null)).toBe('–');
	});

	it('writes runs of three or more district numbers as ranges', () => {
		expect(numberList([27, 25, 26])).toBe('25–27');
		expect(numberList([18, 19])).toBe('18, 19');
		expect(numberList([1, 3, 4, 5, 9])).toBe('1, 3–5, 9');
	});

	it('shortens names for map labels, keeping Almaty Region apart from Almaty', () => {
		expect(nameLines('Akmola Region')).toEqual(['Akmola']);
		expect(nameLines('North Kazakhstan Region')).toEqual(['North', 'Kazakhstan']);
		expect(nameLines('Almaty Region')).toEqual(['Almaty', 'Region']);
		expect(nameLines('Almaty')).toEqual(['Almaty']);
	});

	it('knows the three layers', () => {
		expect(isLayerId('turnout-change')).toBe(true);
		expect(isLayerId('turnout')).toBe(false);
		expect(isLayerId(null)).toBe(false);
	});
});

describe('the map base', () => {
	it('has 20 shapes A to Z, a marker for each city and none for the regions', () => {
		expect(page.base.shapes).toHaveLength(20);
		expect(page.base.shapes[0]!.name).toBe('Abai Region');
		expect(page.base.shapes.filter((s) => s.marker).map((s) => s.id)).toEqual([
			'KZ-75',
			'KZ-71',
			'KZ-79'
		]);
		expect(page.base.width).toBe(720);
		expect(page.base.height).toBe(476);
	});
});

describe('the turnout layer', () => {
	it('gives Almaty city, the lowest turnout, the lightest fill', () => {
		const lightest = [...page.layers['turnout-2023'].regions].sort(
			(a, b) => luminance(b.fill) - luminance(a.fill)
		)[0]!;
		expect(lightest.id).toBe('KZ-75');
		expect(paint('turnout-2023', 'KZ-75').lines).toEqual(['Almaty', '25.8']);
		expect(paint('turnout-2023', 'KZ-75').tip).toBe(
			'Almaty\nTurnout 2023: 25.82%\npreliminary at close of polls'
		);
	});

	it('has a ramp from 25 to 70 with a mark per unit', () => {
		const ramp = page.layers['turnout-2023'].ramp!;
		expect(ramp.ticks.map((t) => t.label)).toEqual(['30', '40', '50', '60', '70']);
		expect(ramp.marks).toHaveLength(20);
		expect(ramp.title).toBe('Turnout, % of registered voters (preliminary at close of polls)');
	});
});

describe('the change layer', () => {
	it('hatches exactly the three regions created in 2022', () => {
		const hatched = page.layers['turnout-change'].regions.filter((r) => r.hatch).map((r) => r.id);
		expect(hatched.sort()).toEqual(['KZ-10', 'KZ-33', 'KZ-62']);
		expect(paint('turnout-change', 'KZ-10').tip).toBe(
			'Abai Region\nChange: −15.38 percentage points\n2023: 57.02%\n2021: 72.4% in East Kazakhstan Region, which it was part of (preliminary as of 22:00 on election day)'
		);
		expect(paint('turnout-change', 'KZ-63').tip).toContain(
			'2021: 72.4% (then including Abai Region)'
		);
	});
});

describe('the districts layer', () => {
	it('shades regions by the number of districts placed in them, none placed in grey', () => {
		expect(paint('districts', 'KZ-61').lines).toEqual(['Turkistan', 'No. 25–27']);
		expect(paint('districts', 'KZ-23').lines).toEqual(['Atyrau', '?']);
		expect(paint('districts', 'KZ-23').fill).toBe('#d5dbe0');
		expect(paint('districts', 'KZ-19').tip).toBe(
			'Almaty Region\nNo. 11: Ardaq Nazarov (Self-nominated)\nNo. 12: Daniar Qasqaraurov (Self-nominated)'
		);
		expect(page.layers.districts.footnotes[0]!.text).toContain('districts 13, 14, 15, 24');
		expect(page.layers.districts.swatches.map((s) => s.label)).toEqual([
			'1 district',
			'2 districts',
			'3 districts',
			'none placed in the dataset'
		]);
	});
});

describe('RegionMap', () => {
	it('on the page: 20 region paths, 20 tab stops, hatching only where asked', () => {
		const { meta, base, layer } = mapChart(data, 'turnout-2023');
		const { body } = render(RegionMap, { props: { meta, base, layer } });
		expect(body.match(/<path[^>]* data-region="KZ-\d\d"/g)).toHaveLength(20);
		expect(body.match(/tabindex="0"/g)).toHaveLength(20);
		expect(body).not.toContain('data-hatch');
		expect(body).toContain('data-city="KZ-71"');
	});

	it('standalone: no tab stops, the attribution in the source lines', () => {
		const { meta, base, layer } = mapChart(data, 'turnout-change');
		const { body } = render(RegionMap, { props: { meta, base, layer, standalone: true } });
		expect(body).not.toContain('tabindex');
		expect(body.match(/data-hatch="KZ-\d\d"/g)).toHaveLength(3);
		expect(body).toContain('Boundaries: OCHA/UNHCR');
		expect(body).toContain('CC BY-IGO 3.0');
	});
});
