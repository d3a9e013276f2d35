import { error } from '@sveltejs/kit';
import { CHARTS } from '$lib/charts/registry.server';
import { embedOf } from '$lib/embed/embed.server';
import { langOf } from '$lib/i18n/lang';
import { pageHead } from '$lib/embed/head.server';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every chart file; the Kazakh and Russian pages are reached through each page's hreflang links. */
export const entries: EntryGenerator = () => CHARTS.map((c) => ({ id: c.id }));

export const load: PageServerLoad = ({ params, url }) => {
	const lang = langOf(url.pathname);
	const embed = embedOf(params.id, lang);
	if (!embed) error(404, `No chart file "${params.id}"`);
	// Noindex, but links to embed pages get shared: the chart's own card, title and description.
	return { head: pageHead(lang, embed.title, embed.figure.meta.desc, embed.id), embed };
};
