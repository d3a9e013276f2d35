/**
 * Every chart that has a default state, so that it can be prerendered as a standalone file at
 * /charts/<id>.svg and written by `npm run export`. The file comes from the same component and
 * props as the chart on the page, rendered with `standalone: true`.
 */
import type { Component } from 'svelte';
import type { Dataset } from '$lib/data/types';
import Hemicycle from './hemicycle/Hemicycle.svelte';
import VoteShare from './bars/VoteShare.svelte';
import SeatsByMethod from './bars/SeatsByMethod.svelte';
import TurnoutHistory from './turnout/TurnoutHistory.svelte';
import {
	hemicycle2023,
	seatsByMethod2023,
	turnoutHistory,
	voteShare2023
} from '$lib/pages/overview';

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
	{ id: 'vote-share-2023', page: '/', component: VoteShare, props: (d) => pick(voteShare2023(d)) },
	{
		id: 'seats-by-method-2023',
		page: '/',
		component: SeatsByMethod,
		props: (d) => pick(seatsByMethod2023(d))
	},
	{
		id: 'turnout-history',
		page: '/',
		component: TurnoutHistory,
		props: (d) => pick(turnoutHistory(d))
	}
];

function pick({ meta, data }: { meta: unknown; data: unknown }) {
	return { meta, data };
}
