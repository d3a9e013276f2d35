import { getDataset } from '$lib/server/data';
import { districtsPage } from '$lib/pages/districts';
import type { PageServerLoad } from './$types';
import { langOf } from '$lib/i18n/lang';

export const load: PageServerLoad = ({ url }) => districtsPage(getDataset(), langOf(url.pathname));
