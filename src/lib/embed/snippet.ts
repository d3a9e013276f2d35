/**
 * What another site pastes to show a chart: an iframe of its embed page, the resizing script, and
 * a fallback for readers without JavaScript (the chart's PNG, linked to its page). The same
 * snippet is shown under every figure and served as the `html` of its oEmbed file.
 */
import type { Lang } from '$lib/data/types';
import { chartFile, langFileName, localize } from '$lib/i18n/lang';

export interface EmbedTarget {
	/** The chart file id: /embed/<id>/. */
	id: string;
	lang: Lang;
	/** The chart's title (the iframe's title and the image's alt text). */
	title: string;
	/** The height the iframe starts at, before the embed page reports its own. */
	height: number;
	/** The site page that shows the chart, without language prefix. */
	page: string;
}

/** The width the default height is estimated for (and the oEmbed `width`). */
export const EMBED_WIDTH = 600;

/** The embed page's address. */
export function embedUrl(origin: string, id: string, lang: Lang): string {
	return `${origin}${localize(`/embed/${id}/`, lang)}`;
}

/** The address of the chart's oEmbed file: /oembed/<id>.json, /oembed/<id>.kk.json. */
export function oembedPath(id: string, lang: Lang): string {
	return `/oembed/${langFileName(id, lang)}.json`;
}

/**
 * The iframe height at EMBED_WIDTH for a chart drawn in `svg` (its viewBox gives the aspect
 * ratio): the drawing plus room for the title, the source line and the link.
 */
export function defaultHeight(svg: string): number {
	const box = /viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(svg);
	const ratio = box ? Number(box[2]) / Number(box[1]) : 0.75;
	return Math.round(EMBED_WIDTH * Math.min(ratio, 2) + 160);
}

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function embedSnippet(origin: string, t: EmbedTarget): string {
	const title = escape(t.title);
	const page = `${origin}${localize(t.page, t.lang)}`;
	const png = `${origin}${chartFile(t.id, 'png', t.lang)}`;
	return (
		`<iframe src="${embedUrl(origin, t.id, t.lang)}" title="${title}" loading="lazy"` +
		` style="width:100%;border:0" height="${t.height}"></iframe>\n` +
		`<script src="${origin}/embed.js" async></script>\n` +
		`<noscript><a href="${page}"><img src="${png}" alt="${title}" style="width:100%"></a></noscript>`
	);
}

/** An oEmbed 1.0 response of type "rich" for the chart (https://oembed.com, section 2.3.4). */
export function oembedOf(origin: string, t: EmbedTarget) {
	return {
		version: '1.0',
		type: 'rich',
		title: t.title,
		html: embedSnippet(origin, t),
		width: EMBED_WIDTH,
		height: t.height,
		thumbnail_url: `${origin}${chartFile(t.id, 'png', t.lang)}`,
		provider_name: 'Sailau',
		provider_url: `${origin}${localize('/', t.lang)}`
	};
}
