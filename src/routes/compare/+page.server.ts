import { getDataset } from '$lib/server/data';
import { langOf } from '$lib/i18n/lang';
import { DEFAULT_PAIR } from '$lib/compare/pair';
import { comparePage } from '$lib/pages/compare';
import type { PageServerLoad } from './$types';

/**
 * The default pair (2021 and 2023) is prerendered, with the ruling party's history (which the pair
 * pages link to); the page script opens a pair asked for in the query.
 */
export const load: PageServerLoad = ({ url }) =>
	comparePage(getDataset(), langOf(url.pathname), DEFAULT_PAIR, true);
