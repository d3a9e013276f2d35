/**
 * The PNG exports are drawn with the font that ships in ./fonts and with nothing the machine has
 * installed, so the same commit gives the same PNG bytes everywhere.
 */
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { CHARTS } from '$lib/charts/registry.server';
import { realDataset } from '$lib/data/fixtures';
import { EXPORT_FONT_FAMILY } from './font';
import { exportFontOptions, fontPaths } from './font.server';
import { standaloneSvg, svgToPng } from './render.server';

/** One line of text at 24px in the given family and weight, on white. */
function line(text: string, family = EXPORT_FONT_FAMILY, weight = 400): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="420" height="40">` +
		`<rect width="420" height="40" fill="#fff"/>` +
		`<text x="6" y="30" font-size="24" font-weight="${weight}" font-family="${family}">${text}</text></svg>`
	);
}

function draw(svg: string) {
	const image = new Resvg(svg, { font: exportFontOptions() }).render();
	// `pixels` copies the whole image on every read: read it once.
	const pixels = image.pixels;
	let ink = 0;
	for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 200) ink++;
	return { png: image.asPng(), ink };
}

describe('the shipped export font', () => {
	it('is the only font resvg loads', () => {
		const options = exportFontOptions();
		expect(options.loadSystemFonts).toBe(false);
		expect(options.fontFiles).toEqual(fontPaths());
		expect(options.fontFiles).toHaveLength(2);
		expect(options.defaultFontFamily).toBe(EXPORT_FONT_FAMILY);
	});

	it('draws every Kazakh letter, Russian and Latin with a glyph of its own', () => {
		// U+4E00 is a CJK ideograph the font lacks: resvg draws the font's "missing glyph" box.
		const missing = draw(line('一')).png;
		const letters = [...'әғқңөұүһіӘҒҚҢӨҰҮҺІжщыэюяЖЩЫЭЮЯ№«»–—→−©·QqZz%'];
		for (const letter of letters) {
			const { png, ink } = draw(line(letter));
			expect(ink, letter).toBeGreaterThan(0);
			expect(Buffer.compare(png, missing), `${letter} is drawn as a missing glyph`).not.toBe(0);
		}
		for (const weight of [400, 700]) {
			const kazakh = draw(line('Қазақстан Республикасы', EXPORT_FONT_FAMILY, weight));
			expect(kazakh.ink).toBeGreaterThan(500);
		}
	});

	it('draws bold text with the bold file', () => {
		const regular = draw(line('Мәжіліс сайлауы', EXPORT_FONT_FAMILY, 400));
		const bold = draw(line('Мәжіліс сайлауы', EXPORT_FONT_FAMILY, 700));
		expect(bold.ink).toBeGreaterThan(regular.ink * 1.2);
		// The charts also ask for 600: the nearest weight there is, bold.
		expect(
			Buffer.compare(draw(line('Мәжіліс сайлауы', EXPORT_FONT_FAMILY, 600)).png, bold.png)
		).toBe(0);
	});

	it("draws any family an SVG names with the shipped font, whatever the machine's fonts are", () => {
		// Russian and Latin only: a system font lacking one letter of the text would not be chosen.
		const text = 'Сайлау 2023 Majilis';
		const shipped = draw(line(text)).png;
		// Families common on Linux, Windows and macOS; with system fonts loaded, any of them that a
		// machine has would draw different pixels.
		for (const family of [
			'DejaVu Serif',
			'DejaVu Sans Mono',
			'Liberation Serif',
			'Liberation Sans',
			'Noto Sans',
			'Arial',
			'Times New Roman',
			'Helvetica',
			'serif',
			'monospace',
			'system-ui'
		])
			expect(Buffer.compare(draw(line(text, family)).png, shipped), family).toBe(0);
	});
});

describe('PNG export', () => {
	const data = realDataset();
	const chart = CHARTS[0]!;

	it('names the shipped font first in the standalone SVG', () => {
		const svg = standaloneSvg(chart, data, 'kk');
		expect(svg).toMatch(new RegExp(`<svg[^>]* font-family="'${EXPORT_FONT_FAMILY}', `));
	});

	it('gives the same bytes every time', () => {
		const svg = standaloneSvg(chart, data, 'kk');
		const first = svgToPng(svg);
		const second = svgToPng(standaloneSvg(chart, data, 'kk'));
		expect(first.subarray(1, 4).toString()).toBe('PNG');
		expect(first.length).toBeGreaterThan(1000);
		expect(Buffer.compare(first, second)).toBe(0);
	});
});
