/** A chart file's embed: its figure as its embed page draws it, and what the snippet needs. */
import type { Lang } from '$lib/data/types';
import { chartById } from '$lib/charts/registry.server';
import { figure, statesOf, type FigureModel } from '$lib/charts/figure.server';
import { getDataset } from '$lib/server/data';
import { pageOf } from './pages';
import { type EmbedTarget } from './snippet';

export interface Embed extends EmbedTarget {
	figure: FigureModel;
}

/** The embed of chart file `id` in `lang`, or null if no chart file has that id. */
export function embedOf(id: string, lang: Lang): Embed | null {
	const chart = chartById(id);
	if (!chart) return null;
	const data = getDataset();
	const fig = figure(chart.spec, data, lang, chart.state);
	return {
		id,
		lang,
		title: fig.meta.title,
		height: fig.embedHeight,
		page: pageOf(chart.spec.id, chart.state, statesOf(chart.spec, data)[0]!),
		figure: { ...fig, fileId: id }
	};
}
