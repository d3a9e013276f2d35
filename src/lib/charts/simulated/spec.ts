/**
 * The simulator's default chamber as a chart file (/charts/simulated-hemicycle.svg): the latest
 * election's votes under its own rules; and the same votes in the Kurultai design with its own
 * rules (/charts/simulated-hemicycle-kurultai.svg), which the page links to for readers without
 * JavaScript. The live simulator draws each chosen state in the browser with the same Hemicycle
 * component and simulate/chart.ts, and exports those states itself.
 */
import { defineChart } from '../spec';
import Hemicycle from '../hemicycle/Hemicycle.svelte';
import { simulatorInput } from '$lib/pages/simulate';
import { defaultSettings, simulate, withDesign } from '$lib/simulate/model';
import { KURULTAI_CHART_FILE, simulatedChart, SIMULATED_CHART_ID } from '$lib/simulate/chart';
import { t } from '$lib/i18n/text';
import type { Dataset, Lang } from '$lib/data/types';

export interface SimulatedRow {
	partyId: string;
	name: string;
	list: number;
	smd: number;
	assembly: number;
	total: number;
}

/** The prerendered states: the default, and the default votes in the Kurultai design. */
export type SimulatedState = 'default' | 'kurultai';

/** The chart of the simulator's default state (or its votes in the Kurultai), in `lang`. */
export function defaultSimulatedChart(
	data: Dataset,
	lang: Lang = 'en',
	state: SimulatedState = 'default'
) {
	const input = simulatorInput(data, lang);
	const settings = defaultSettings(input);
	return simulatedChart(
		simulate(input, state === 'kurultai' ? withDesign(input, settings, 'kurultai') : settings),
		lang
	);
}

export const simulatedHemicycle = defineChart({
	id: SIMULATED_CHART_ID,
	states: (): SimulatedState[] => ['default', 'kurultai'],
	fileId: () => KURULTAI_CHART_FILE,
	component: Hemicycle,
	build(data, lang, state) {
		const { meta, data: built } = defaultSimulatedChart(data, lang, state);
		const rows: SimulatedRow[] = built.parties.map((p) => ({
			partyId: p.id,
			name: p.name,
			list: p.list,
			smd: p.smd,
			assembly: p.assembly,
			total: p.total
		}));
		return { meta, data: built, rows, caption: t(lang, 'sim_chart_caption') };
	},
	columns: [
		{ key: 'party_id', value: (r) => r.partyId },
		{ key: 'party', label: 'col_party', value: (r) => r.name },
		{ key: 'party_list_seats', label: 'col_list', kind: 'int', value: (r) => r.list },
		{ key: 'single_mandate_seats', label: 'col_smd', kind: 'int', value: (r) => r.smd },
		{ key: 'assembly_seats', label: 'sim_col_assembly', kind: 'int', value: (r) => r.assembly },
		{ key: 'total_seats', label: 'col_total', kind: 'int', value: (r) => r.total }
	]
});
