import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/data';
import { mapHead, mapPage } from '$lib/pages/map';
import { figure } from '$lib/charts/figure.server';
import { regionMap } from '$lib/charts/map/spec';
import { DEFAULT_LAYER, LAYER_IDS, isLayerId } from '$lib/charts/map/build';
import { langOf } from '$lib/i18n/lang';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Each layer but the default (which is /map/ itself) as a page of its own: works without JavaScript. */
export const entries: EntryGenerator = () =>
	LAYER_IDS.filter((id) => id !== DEFAULT_LAYER).map((layer) => ({ layer }));

export const load: PageServerLoad = ({ params, url }) => {
	if (!isLayerId(params.layer) || params.layer === DEFAULT_LAYER)
		error(404, `No map layer "${params.layer}"`);
	const lang = langOf(url.pathname);
	const map = figure(regionMap, getDataset(), lang, params.layer);
	return {
		head: mapHead(lang, map.fileId),
		...mapPage(getDataset(), lang),
		figure: map,
		layerId: params.layer
	};
};
