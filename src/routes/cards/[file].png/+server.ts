import { error } from '@sveltejs/kit';
import { building } from '$app/environment';
import { CHARTS, chartById } from '$lib/charts/registry.server';
import { SITE_CARD } from '$lib/embed/card';
import { cardPngAsync, chartCard, siteCard } from '$lib/export/card.server';
import { standaloneSvg } from '$lib/export/render.server';
import { LANGS, langFileName, parseLangFileName } from '$lib/i18n/lang';
import { getDataset } from '$lib/server/data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** Every chart file's card and the site card, in each language: <id>, <id>.kk, <id>.ru. */
const files = () =>
	[SITE_CARD, ...CHARTS.map((c) => c.id)].flatMap((id) =>
		LANGS.map((lang) => langFileName(id, lang))
	);

/** /cards/<id>.png in English, /cards/<id>.kk.png, /cards/<id>.ru.png. */
export const entries: EntryGenerator = () => files().map((file) => ({ file }));

/** The card's drawing, or null if no chart file has that id. */
function cardSvg(file: string): string | null {
	const { id, lang } = parseLangFileName(file);
	if (id === SITE_CARD) return siteCard(lang);
	const chart = chartById(id);
	return chart ? chartCard(standaloneSvg(chart, getDataset(), lang), lang) : null;
}

/**
 * Cards being drawn. The build asks for the cards one after another, in the order of `entries`;
 * each request also starts the next card, so that resvg draws two at a time on libuv's threads,
 * one per core of a 2-core machine, while the build waits. The bytes are the same either way.
 */
const drawing = new Map<string, Promise<Buffer>>();

function draw(file: string): Promise<Buffer> | null {
	const started = drawing.get(file);
	if (started) return started;
	const svg = cardSvg(file);
	if (!svg) return null;
	const png = cardPngAsync(svg);
	drawing.set(file, png);
	// A card started ahead and never asked for must not fail the build unseen; asked for, its
	// error reaches the request that awaits it.
	png.catch(() => drawing.delete(file));
	return png;
}

export const GET: RequestHandler = async ({ params }) => {
	const png = draw(params.file);
	if (!png) error(404, `No card "${params.file}"`);
	if (building) {
		const all = files();
		const next = all[all.indexOf(params.file) + 1];
		if (next) draw(next);
	}
	const body = new Uint8Array(await png);
	drawing.delete(params.file);
	return new Response(body, { headers: { 'content-type': 'image/png' } });
};
