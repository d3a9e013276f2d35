/**
 * Social cards: the 1200 × 630 picture a link to a page shows in messengers and social sites
 * (og:image). A chart's card is its standalone SVG, the same drawing as /charts/<id>.svg, fitted
 * into a white frame beside Sailau's mark, name and tagline in the card's language; a page with no
 * chart gets the site card, the mark, name and tagline alone. Both are drawn to PNG by the
 * exports' renderer (svgToPng, the shipped font only) at scale 1.
 */
import type { Lang } from '$lib/data/types';
import { MARK } from '$lib/brand';
import { CARD_HEIGHT, CARD_WIDTH } from '$lib/embed/card';
import { MUTED } from '$lib/charts/layers/colours';
import { wrapText } from '$lib/charts/wrap';
import { t } from '$lib/i18n/text';
import { SITE_ORIGIN } from '$lib/site';
import { EXPORT_FONT_FAMILY } from './font';
import { svgToPng, svgToPngAsync } from './render.server';

const INK = '#1a1f24';
const RULE = '#d5dbe0';
const PAD = 32;
/** The column with the mark and the words, left of the chart. */
const SIDE = 300;

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Where a chart is drawn on its card: right of the words, the full height less a margin. */
export const CHART_BOX: Box = {
	x: SIDE + 24,
	y: 24,
	width: CARD_WIDTH - SIDE - 48,
	height: CARD_HEIGHT - 48
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const host = () => new URL(SITE_ORIGIN).host;

/**
 * A standalone chart SVG as an element of the card: the XML declaration dropped and its root
 * <svg> given the box's place and size; its viewBox stays, so the drawing scales to fit the box
 * whole and centred (preserveAspectRatio), whatever its own proportions.
 */
export function fitSvg(svg: string, box: Box): string {
	const body = svg.replace(/^<\?xml[^>]*\?>\s*/, '').trim();
	const root = /^<svg\b([^>]*)>/.exec(body);
	if (!root || !/\sviewBox="/.test(root[1]!))
		throw new Error('not a standalone SVG with a viewBox');
	const attrs = root[1]!.replace(/\s(?:x|y|width|height|preserveAspectRatio)="[^"]*"/g, '');
	const place = ` x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" preserveAspectRatio="xMidYMid meet"`;
	return `<svg${attrs}${place}>${body.slice(root[0].length)}`;
}

/** Sailau's mark at (x, y), `size` pixels square. */
function mark(x: number, y: number, size: number): string {
	const seats = MARK.seats
		.map(
			([cx, cy], i, all) =>
				`<circle cx="${cx}" cy="${cy}" r="${MARK.seat}"${i === all.length - 1 ? ` fill="${MARK.lit}"` : ''}/>`
		)
		.join('');
	return (
		`<g transform="translate(${x},${y}) scale(${size / MARK.size})">` +
		`<rect width="${MARK.size}" height="${MARK.size}" rx="${MARK.radius}" fill="${MARK.fill}"/>` +
		`<g fill="${MARK.ink}">${seats}</g></g>`
	);
}

function frame(content: string): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}"` +
		` width="${CARD_WIDTH}" height="${CARD_HEIGHT}" font-family="'${EXPORT_FONT_FAMILY}', sans-serif">` +
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>${content}</svg>\n`
	);
}

/** A text line per entry of `lines`, from baseline `y` down by `step`. */
function lines(texts: string[], x: number, y: number, step: number, attrs: string): string {
	return texts
		.map((s, i) => `<text x="${x}" y="${y + i * step}" ${attrs}>${esc(s)}</text>`)
		.join('');
}

/** The card of a chart: its standalone SVG (render.server.ts) in the frame, words in `lang`. */
export function chartCard(chartSvg: string, lang: Lang): string {
	const tagline = wrapText(t(lang, 'brand_tagline'), SIDE - PAD, 26);
	return frame(
		mark(PAD, PAD + 8, 64) +
			`<text x="${PAD}" y="${PAD + 136}" font-size="44" font-weight="700" fill="${INK}">Sailau</text>` +
			lines(tagline, PAD, PAD + 182, 34, `font-size="26" fill="${MUTED}"`) +
			`<text x="${PAD}" y="${CARD_HEIGHT - PAD}" font-size="20" fill="${MUTED}">${esc(host())}</text>` +
			`<line x1="${SIDE}" x2="${SIDE}" y1="${PAD}" y2="${CARD_HEIGHT - PAD}" stroke="${RULE}" stroke-width="2"/>` +
			fitSvg(chartSvg, CHART_BOX)
	);
}

/** The card of a page with no chart: the mark, the name and the tagline in `lang`, centred. */
export function siteCard(lang: Lang): string {
	const mid = CARD_WIDTH / 2;
	const tagline = wrapText(t(lang, 'brand_tagline'), CARD_WIDTH - 2 * PAD, 44);
	return frame(
		mark(mid - 72, 96, 144) +
			`<text x="${mid}" y="${350}" font-size="96" font-weight="700" fill="${INK}" text-anchor="middle">Sailau</text>` +
			lines(tagline, mid, 428, 54, `font-size="44" fill="${MUTED}" text-anchor="middle"`) +
			`<text x="${mid}" y="${CARD_HEIGHT - 48}" font-size="24" fill="${MUTED}" text-anchor="middle">${esc(host())}</text>`
	);
}

/** A card as PNG: 1200 × 630, scale 1. */
export function cardPng(svg: string): Buffer {
	return svgToPng(svg, 1);
}

/** cardPng drawn off the main thread: the same bytes. */
export function cardPngAsync(svg: string): Promise<Buffer> {
	return svgToPngAsync(svg, 1);
}
