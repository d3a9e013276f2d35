import { getDataset } from '$lib/server/data';
import { mapPage } from '$lib/pages/map';
import { figure } from '$lib/charts/figure.server';
import { regionMap } from '$lib/charts/map/spec';
import { DEFAULT_LAYER } from '$lib/charts/map/build';
import type { PageServerLoad } from './$types';
import { langOf } from '$lib/i18n/lang';

export const load: PageServerLoad = ({ url }) => {
	const lang = langOf(url.pathname);
	return {
		...mapPage(getDataset(), lang),
		figure: figure(regionMap, getDataset(), lang, DEFAULT_LAYER)
	};
};
