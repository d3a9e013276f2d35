import { getDataset } from '$lib/server/data';
import { compareLoad } from '$lib/pages/compare';
import { langOf } from '$lib/i18n/lang';
import type { PageServerLoad } from './$types';

/** The default pair (2021 and 2023) is prerendered; the browser shows other pairs from the query. */
export const load: PageServerLoad = ({ url }) => compareLoad(getDataset(), langOf(url.pathname));
