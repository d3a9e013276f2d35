import { getDataset } from '$lib/server/data';
import { mapPage } from '$lib/pages/map';
import type { PageServerLoad } from './$types';
import { langOf } from '$lib/i18n/lang';

export const load: PageServerLoad = ({ url }) => mapPage(getDataset(), langOf(url.pathname));
