import { error } from '@sveltejs/kit';
import { CHARTS, chartById } from '$lib/charts/registry.server';
import { SITE_CARD } from '$lib/embed/card';
import { cardPng, chartCard, siteCard } from '$lib/export/card.server';
import { standaloneSvg } from '$lib/export/render.server';
import { BASE_LANG, LANGS } from '$lib/i18n/lang';
import type { Lang } from '$lib/data/types';
import { getDataset } from '$lib/server/data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** Every chart file's card and the site card, in each language: /cards/<id>.png, .kk.png, .ru.png. */
export const entries: EntryGenerator = () =>
	[SITE_CARD, ...CHARTS.map((c) => c.id)].flatMap((id) =>
		LANGS.map((lang) => ({ file: lang === BASE_LANG ? id : `${id}.${lang}` }))
	);

export const GET: RequestHandler = ({ params }) => {
	const m = /^(.+?)(?:\.(kk|ru))?$/.exec(params.file)!;
	const id = m[1]!;
	const lang = (m[2] ?? BASE_LANG) as Lang;
	const chart = chartById(id);
	if (!chart && id !== SITE_CARD) error(404, `No card "${params.file}"`);
	const svg = chart ? chartCard(standaloneSvg(chart, getDataset(), lang), lang) : siteCard(lang);
	return new Response(new Uint8Array(cardPng(svg)), { headers: { 'content-type': 'image/png' } });
};
