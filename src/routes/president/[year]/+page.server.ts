import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/data';
import { langOf } from '$lib/i18n/lang';
import { slugOf, voteBySlug, votesOf } from '$lib/charts/ballot/pages';
import { voteHead, votePage } from '$lib/pages/vote';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per presidential election in the data. */
export const entries: EntryGenerator = () =>
	votesOf(getDataset(), 'presidential').map((v) => ({ year: slugOf(v, getDataset()) }));

export const load: PageServerLoad = ({ params, url }) => {
	const data = getDataset();
	const vote = voteBySlug(data, 'presidential', params.year);
	if (!vote) error(404, `No presidential election "${params.year}"`);
	const lang = langOf(url.pathname);
	const page = votePage(data, vote, lang);
	return { head: voteHead(page, lang), vote: page };
};
