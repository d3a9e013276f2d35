import { getDataset } from '$lib/server/data';
import { mapHead, mapPage } from '$lib/pages/map';
import { figure } from '$lib/charts/figure.server';
import { regionMap } from '$lib/charts/map/spec';
import { DEFAULT_LAYER } from '$lib/charts/map/build';
import type { PageServerLoad } from './$types';
import { langOf } from '$lib/i18n/lang';

export const load: PageServerLoad = ({ url }) => {
	const lang = langOf(url.pathname);
	const map = figure(regionMap, getDataset(), lang, DEFAULT_LAYER);
	return { head: mapHead(lang, map.fileId), ...mapPage(getDataset(), lang), figure: map };
};
