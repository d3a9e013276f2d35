import { error } from '@sveltejs/kit';
import { CHARTS } from '$lib/charts/registry.server';
import { embedOf } from '$lib/embed/embed.server';
import { langOf } from '$lib/i18n/lang';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every chart file; the Kazakh and Russian pages are reached through each page's hreflang links. */
export const entries: EntryGenerator = () => CHARTS.map((c) => ({ id: c.id }));

export const load: PageServerLoad = ({ params, url }) => {
	const embed = embedOf(params.id, langOf(url.pathname));
	if (!embed) error(404, `No chart file "${params.id}"`);
	return { embed };
};
