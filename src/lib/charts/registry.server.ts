/**
 * Every chart that has a default state, so that it can be prerendered as a standalone file at
 * /charts/<id>.svg and written by `npm run export`. The file comes from the same component and
 * props as the chart on the page, rendered with `standalone: true`.
 */
import type { Component } from 'svelte';
import type { Dataset } from '$lib/data/types';
import Hemicycle from './hemicycle/Hemicycle.svelte';
import { hemicycle2023 } from '$lib/pages/overview';
import SeatChange from './seat-change/SeatChange.svelte';
import RulingPartyHistory from './history/RulingPartyHistory.svelte';
import { compareChart, compareChartFiles } from '$lib/pages/compare';
import { getDataset } from '$lib/server/data';

export interface ChartDefinition {
	id: string;
	/** The page that shows the chart in this state. */
	page: string;
	// Each entry pairs a component with props built for it; the pairing is checked where it is written.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	component: Component<any>;
	props: (data: Dataset) => Record<string, unknown>;
}

export const CHARTS: ChartDefinition[] = [
	{ id: 'hemicycle-2023', page: '/', component: Hemicycle, props: (d) => pick(hemicycle2023(d)) },
	...compareChartFiles(getDataset()).map((f) => ({
		id: f.id,
		page: f.page,
		component: { hemicycle: Hemicycle, 'seat-change': SeatChange, history: RulingPartyHistory }[
			f.kind
		],
		props: (d: Dataset) => pick(compareChart(d, f.id))
	}))
];

function pick({ meta, data }: { meta: unknown; data: unknown }) {
	return { meta, data };
}
