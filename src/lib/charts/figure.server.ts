/**
 * A figure as a page shows it: the chart built in the page's language and state and drawn by its
 * component on the server, its data table ready to draw, and the id of the file that holds the
 * same state. Pages are prerendered and (but for the simulator) never hydrate, so the page gets
 * the drawn markup, not the component: neither the specs nor D3 reach the browser.
 */
import type { Dataset, Lang } from '$lib/data/types';
import type { ChartMeta } from './ChartSvg.svelte';
import type { ChartSpec } from './spec';
import { tableModel, type TableModel } from './table';
import { renderChart } from '$lib/export/render.server';
import { defaultHeight } from '$lib/embed/snippet';

export interface FigureModel {
	/** The id of the prerendered files of this state (/charts/<fileId>.svg). */
	fileId: string;
	meta: ChartMeta;
	/** The chart's <svg>, as its component draws it on a page. */
	svg: string;
	table: TableModel;
	/** The height its embed's iframe starts at (src/lib/embed/snippet.ts). */
	embedHeight: number;
}

/** The states of a spec, default first ('' for a chart with one state). */
export function statesOf<S extends string>(
	spec: ChartSpec<unknown, unknown, S>,
	data: Dataset
): S[] {
	return spec.states ? spec.states(data) : ['' as S];
}

/** The file id of a state: the spec's id for its default state. */
export function fileIdOf<S extends string>(
	spec: ChartSpec<unknown, unknown, S>,
	data: Dataset,
	state: S
): string {
	if (state === statesOf(spec, data)[0]) return spec.id;
	return spec.fileId ? spec.fileId(state) : `${spec.id}-${state}`;
}

export function figure<D, R, S extends string>(
	spec: ChartSpec<D, R, S>,
	data: Dataset,
	lang: Lang,
	state: S = statesOf(spec as ChartSpec<unknown, unknown, S>, data)[0]!
): FigureModel {
	const built = spec.build(data, lang, state);
	const svg = renderChart(spec.component, { meta: built.meta, data: built.data }, false);
	return {
		fileId: fileIdOf(spec as ChartSpec<unknown, unknown, S>, data, state),
		meta: built.meta,
		svg,
		table: tableModel(built, spec.columns, lang),
		embedHeight: defaultHeight(svg)
	};
}
