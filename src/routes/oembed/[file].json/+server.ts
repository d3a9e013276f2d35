import { error, json } from '@sveltejs/kit';
import { CHARTS } from '$lib/charts/registry.server';
import { embedOf } from '$lib/embed/embed.server';
import { oembedOf } from '$lib/embed/snippet';
import { BASE_LANG, LANGS } from '$lib/i18n/lang';
import type { Lang } from '$lib/data/types';
import { SITE_ORIGIN } from '$lib/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** /oembed/<id>.json in English, /oembed/<id>.kk.json and /oembed/<id>.ru.json. */
export const entries: EntryGenerator = () =>
	CHARTS.flatMap((c) =>
		LANGS.map((lang) => ({ file: lang === BASE_LANG ? c.id : `${c.id}.${lang}` }))
	);

export const GET: RequestHandler = ({ params }) => {
	const m = /^(.+?)(?:\.(kk|ru))?$/.exec(params.file)!;
	const embed = embedOf(m[1]!, (m[2] ?? BASE_LANG) as Lang);
	if (!embed) error(404, `No chart file "${params.file}"`);
	return json(oembedOf(SITE_ORIGIN, embed));
};
