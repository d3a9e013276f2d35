/** The simulated chamber as a hemicycle: the chart's own words (title, description) and seats. */
import type { ChartMeta } from '$lib/charts/ChartSvg.svelte';
import { buildHemicycle, type HemicycleData } from '$lib/charts/hemicycle/build';
import type { Method } from '$lib/electoral/allocate';
import { shortName } from '$lib/parties/style';
import { chamberPhrase, methodPhrase } from './explain';
import { formatThreshold, type Simulation } from './model';

export const SIMULATED_CHART_ID = 'simulated-hemicycle';

/** Short method names for the chart title, which must fit the 600-wide exported file. */
const METHOD_SHORT: Record<Method, string> = {
	hare: 'Hare',
	dhondt: "D'Hondt",
	'sainte-lague': 'Sainte-Laguë'
};

export function simulatedChart(sim: Simulation): { meta: ChartMeta; data: HemicycleData } {
	const names = new Map(sim.election.parties.map((p) => [p.id, p.name]));
	const data = buildHemicycle(sim.seats, (id) => names.get(id) ?? shortName(id));
	const { settings: s } = sim;
	const counted =
		sim.chamber.smd && sim.election.smdViews
			? ` Single-mandate seats are kept as elected, counted by ${s.smd}.`
			: '';
	return {
		meta: {
			id: SIMULATED_CHART_ID,
			title: `${sim.election.id} votes, ${formatThreshold(s.thresholdPct)}% threshold, ${METHOD_SHORT[s.method]}: ${sim.total} seats`,
			desc: `The Majilis the ${sim.election.id} party-list votes give with a ${formatThreshold(s.thresholdPct)}% threshold, ${methodPhrase(s.method)} and ${chamberPhrase(sim.chamber)}. One dot per seat, by party, left to right: ${data.parties.map((p) => `${p.name} ${p.total}`).join(', ')}; ${data.majority} of ${data.total} make a majority.${counted}`,
			source: sim.election.source
		},
		data
	};
}
