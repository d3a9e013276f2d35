/**
 * Every chart that has a default state, so that it can be prerendered as standalone files at
 * /charts/<id>.svg, .png and .csv and written by `npm run export`. The SVG comes from the same
 * component and props as the chart on the page, rendered with `standalone: true`.
 */
import type { Component } from 'svelte';
import type { Dataset, Lang } from '$lib/data/types';
import type { ChartTable } from '$lib/export/csv';
import Hemicycle from './hemicycle/Hemicycle.svelte';
import { hemicycleTable } from './hemicycle/build';
import { defaultSimulatedChart } from '$lib/pages/simulate';
import RegionMap from './map/RegionMap.svelte';
import { mapChart, mapTable } from '$lib/pages/map';
import VoteShare from './bars/VoteShare.svelte';
import SeatsByMethod from './bars/SeatsByMethod.svelte';
import TurnoutHistory from './turnout/TurnoutHistory.svelte';
import {
	hemicycle2023,
	seatsByMethod2023,
	seatsByMethodTable,
	turnoutHistory,
	turnoutTable,
	voteShare2023,
	voteShareTable
} from '$lib/pages/overview';
import SeatChange from './seat-change/SeatChange.svelte';
import RulingPartyHistory from './history/RulingPartyHistory.svelte';
import { compareChart, compareChartFiles, rulingPartyHistory } from '$lib/pages/compare';
import { historyTable, seatChangeTable } from '$lib/compare/tables';
import type { HemicycleData } from './hemicycle/build';
import type { SeatChangeData } from './seat-change/build';
import { getDataset } from '$lib/server/data';

export interface ChartDefinition {
	id: string;
	/** The page that shows the chart in this state. */
	page: string;
	// Each entry pairs a component with props built for it; the pairing is checked where it is written.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	component: Component<any>;
	/** The chart's props with its text in `lang` (charts not yet translated ignore it). */
	props: (data: Dataset, lang: Lang) => Record<string, unknown>;
	/** The numbers behind the chart, for 'Download data (CSV)'. */
	table: (data: Dataset, lang: Lang) => ChartTable;
}

export const CHARTS: ChartDefinition[] = [
	{
		id: 'hemicycle-2023',
		page: '/',
		component: Hemicycle,
		props: (d, lang) => pick(hemicycle2023(d, lang)),
		table: (d, lang) => hemicycleTable(hemicycle2023(d, lang).data)
	},
	{
		id: 'simulated-hemicycle',
		page: '/simulate/',
		component: Hemicycle,
		props: (d, lang) => pick(defaultSimulatedChart(d, lang)),
		table: (d, lang) => hemicycleTable(defaultSimulatedChart(d, lang).data)
	},
	{
		id: 'map-turnout-2023',
		page: '/map/',
		component: RegionMap,
		props: (d, lang) => mapChart(d, 'turnout-2023', lang),
		table: mapTable
	},
	{
		id: 'map-turnout-change',
		page: '/map/?layer=turnout-change',
		component: RegionMap,
		props: (d, lang) => mapChart(d, 'turnout-change', lang),
		table: mapTable
	},
	{
		id: 'map-districts',
		page: '/map/?layer=districts',
		component: RegionMap,
		props: (d, lang) => mapChart(d, 'districts', lang),
		table: mapTable
	},
	{
		id: 'vote-share-2023',
		page: '/',
		component: VoteShare,
		props: (d, lang) => pick(voteShare2023(d, lang)),
		table: voteShareTable
	},
	{
		id: 'seats-by-method-2023',
		page: '/',
		component: SeatsByMethod,
		props: (d, lang) => pick(seatsByMethod2023(d, lang)),
		table: seatsByMethodTable
	},
	{
		id: 'turnout-history',
		page: '/',
		component: TurnoutHistory,
		props: (d, lang) => pick(turnoutHistory(d, lang)),
		table: turnoutTable
	},
	...compareChartFiles(getDataset()).map((f): ChartDefinition => ({
		id: f.id,
		page: f.page,
		component: { hemicycle: Hemicycle, 'seat-change': SeatChange, history: RulingPartyHistory }[
			f.kind
		],
		props: (d, lang) => pick(compareChart(d, f.id, lang)),
		table: (d, lang) =>
			f.kind === 'history'
				? historyTable(rulingPartyHistory(d, lang).rows)
				: f.kind === 'seat-change'
					? seatChangeTable(compareChart(d, f.id, lang).data as SeatChangeData)
					: hemicycleTable(compareChart(d, f.id, lang).data as HemicycleData)
	}))
];

function pick({ meta, data }: { meta: unknown; data: unknown }) {
	return { meta, data };
}

export function chartById(id: string): ChartDefinition | undefined {
	return CHARTS.find((c) => c.id === id);
}
