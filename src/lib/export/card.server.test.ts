/**
 * The social cards: a chart's standalone SVG fitted into a 1200 × 630 frame with the site's
 * words in the card's language, drawn to PNG by the exports' renderer.
 */
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { chartById } from '$lib/charts/registry.server';
import type { ChartMeta } from '$lib/charts/ChartSvg.svelte';
import { realDataset } from '$lib/data/fixtures';
import { LANGS } from '$lib/i18n/lang';
import { t } from '$lib/i18n/text';
import { CARD_HEIGHT, CARD_WIDTH } from '$lib/embed/card';
import { CHART_BOX, cardPng, cardPngAsync, chartCard, fitSvg, siteCard } from './card.server';
import { exportFontOptions } from './font.server';
import { standaloneSvg } from './render.server';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The share of the box's pixels that are not white (the drawing's ink). */
function inkIn(svg: string, box: { x: number; y: number; width: number; height: number }) {
	const image = new Resvg(svg, { font: exportFontOptions() }).render();
	const pixels = image.pixels;
	let ink = 0;
	for (let y = box.y; y < box.y + box.height; y++)
		for (let x = box.x; x < box.x + box.width; x++) {
			const i = (y * image.width + x) * 4;
			if (pixels[i]! < 240 || pixels[i + 1]! < 240 || pixels[i + 2]! < 240) ink++;
		}
	return ink / (box.width * box.height);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const data = realDataset();
// A hemicycle, a map and a ballot chart: the three kinds of drawing the pages stand on.
const IDS = ['hemicycle-2023', 'map-districts', 'president'];

describe('fitSvg', () => {
	const svg =
		'<?xml version="1.0"?>\n<svg xmlns="x" viewBox="0 0 600 300" width="600" height="300" role="img"><rect stroke-width="2" width="600"/></svg>\n';

	it('places the root <svg> in the box and keeps its viewBox and its children', () => {
		expect(fitSvg(svg, { x: 10, y: 20, width: 300, height: 100 })).toBe(
			'<svg xmlns="x" viewBox="0 0 600 300" role="img" x="10" y="20" width="300" height="100" preserveAspectRatio="xMidYMid meet"><rect stroke-width="2" width="600"/></svg>'
		);
	});

	it('refuses what is not a standalone SVG with a viewBox', () => {
		expect(() => fitSvg('<svg width="3"></svg>', CHART_BOX)).toThrow(/viewBox/);
		expect(() => fitSvg('<g/>', CHART_BOX)).toThrow(/standalone SVG/);
	});
});

describe('a chart’s card', () => {
	for (const id of IDS)
		for (const lang of LANGS)
			it(`${id} in ${lang}: the chart with its title, and the tagline, at 1200 × 630`, () => {
				const chart = chartById(id)!;
				const meta = chart.props(data, lang).meta as ChartMeta;
				const svg = chartCard(standaloneSvg(chart, data, lang), lang);
				// The title as the file names it and as its drawn lines (bold, in the chart's ink).
				expect(svg).toContain(`>${esc(meta.title)}</title>`);
				const drawn = [
					...svg.matchAll(/font-size="18" font-weight="700" fill="currentColor">([^<]*)</g)
				];
				expect(drawn.map((m) => m[1]).join(' ')).toBe(esc(meta.title));
				for (const word of t(lang, 'brand_tagline').split(' ')) expect(svg).toContain(word);
				// One document: the chart's XML declaration is gone, its <svg> nested in the card's.
				expect(svg).not.toContain('<?xml');
				expect(svg.match(/<svg\b/g)).toHaveLength(2);
				expect(pngSize(cardPng(svg))).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
			});

	it('draws the chart in its box, not only the frame', () => {
		const chart = chartById('hemicycle-2023')!;
		const card = chartCard(standaloneSvg(chart, data, 'kk'), 'kk');
		expect(inkIn(card, CHART_BOX)).toBeGreaterThan(0.05);
	});
});

describe('drawing a card off the main thread', () => {
	it('gives the same bytes', async () => {
		const chart = chartById('map-districts')!;
		const svg = chartCard(standaloneSvg(chart, data, 'ru'), 'ru');
		expect(Buffer.compare(await cardPngAsync(svg), cardPng(svg))).toBe(0);
	});
});

describe('the site card', () => {
	for (const lang of LANGS)
		it(`in ${lang}: the name and the tagline, at 1200 × 630`, () => {
			const svg = siteCard(lang);
			expect(svg).toContain('>Sailau</text>');
			expect(svg).toContain(`>${esc(t(lang, 'brand_tagline'))}</text>`);
			expect(pngSize(cardPng(svg))).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
		});
});
