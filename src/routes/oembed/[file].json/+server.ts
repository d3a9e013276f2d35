import { error, json } from '@sveltejs/kit';
import { CHARTS } from '$lib/charts/registry.server';
import { embedOf } from '$lib/embed/embed.server';
import { oembedOf } from '$lib/embed/snippet';
import { LANGS, langFileName, parseLangFileName } from '$lib/i18n/lang';
import { SITE_ORIGIN } from '$lib/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** /oembed/<id>.json in English, /oembed/<id>.kk.json and /oembed/<id>.ru.json. */
export const entries: EntryGenerator = () =>
	CHARTS.flatMap((c) => LANGS.map((lang) => ({ file: langFileName(c.id, lang) })));

export const GET: RequestHandler = ({ params }) => {
	const { id, lang } = parseLangFileName(params.file);
	const embed = embedOf(id, lang);
	if (!embed) error(404, `No chart file "${params.file}"`);
	return json(oembedOf(SITE_ORIGIN, embed));
};
