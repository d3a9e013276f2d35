/**
 * Every chart file: each state of each spec in registry.ts, prerendered at /charts/<id>.svg,
 * .png and .csv and written by `npm run export`. The SVG comes from the same component and props
 * as the chart on the page, rendered with `standalone: true`.
 */
import type { Component } from 'svelte';
import type { Dataset, Lang } from '$lib/data/types';
import type { ChartTable } from '$lib/export/csv';
import { getDataset } from '$lib/server/data';
import { SPECS } from './registry';
import type { AnyChartSpec } from './spec';
import { fileIdOf, statesOf } from './figure.server';
import { csvTable } from './table';

export interface ChartDefinition {
	/** The file id: /charts/<id>.svg. */
	id: string;
	// Each entry pairs a component with props built for it; the pairing is checked where it is written.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	component: Component<any>;
	/** The chart's props with its text in `lang`. */
	props: (data: Dataset, lang: Lang) => Record<string, unknown>;
	/** The numbers behind the chart, for 'Download data (CSV)'. */
	table: (data: Dataset, lang: Lang) => ChartTable;
}

/** A registered file: also the spec and state it draws (its embed page: figure(spec, data, lang, state)). */
export interface ChartFile extends ChartDefinition {
	spec: AnyChartSpec;
	state: string;
}

/** The files of every state of a spec; each state is built once per dataset and language. */
function filesOf(spec: AnyChartSpec, data: Dataset): ChartFile[] {
	return statesOf(spec, data).map((state) => {
		const built = new WeakMap<Dataset, Partial<Record<Lang, ReturnType<typeof spec.build>>>>();
		const build = (d: Dataset, lang: Lang) => {
			const byLang = built.get(d) ?? {};
			built.set(d, byLang);
			return (byLang[lang] ??= spec.build(d, lang, state));
		};
		return {
			id: fileIdOf(spec, data, state),
			component: spec.component,
			props: (d, lang) => pick(build(d, lang)),
			table: (d, lang) => csvTable(build(d, lang), spec.columns),
			spec,
			state
		};
	});
}

export const CHARTS: ChartFile[] = [...SPECS.flatMap((spec) => filesOf(spec, getDataset()))];

function pick({ meta, data }: { meta: unknown; data: unknown }) {
	return { meta, data };
}

export function chartById(id: string): ChartFile | undefined {
	return CHARTS.find((c) => c.id === id);
}
