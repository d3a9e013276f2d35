import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/data';
import { langOf } from '$lib/i18n/lang';
import { allPairs, pairSlug, parseSlug } from '$lib/compare/pair';
import { comparePage } from '$lib/pages/compare';
import type { EntryGenerator, PageServerLoad } from './$types';

const ids = () => getDataset().elections.map((e) => e.id);

/** Every ordered pair as its own page, so that any comparison works without JavaScript. */
export const entries: EntryGenerator = () => allPairs(ids()).map((p) => ({ pair: pairSlug(p) }));

export const load: PageServerLoad = ({ params, url }) => {
	const pair = parseSlug(params.pair, ids());
	if (!pair) error(404, `No comparison "${params.pair}"`);
	return comparePage(getDataset(), langOf(url.pathname), pair);
};
