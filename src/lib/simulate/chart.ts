/** The simulated chamber as a hemicycle: the chart's own words (title, description) and seats. */
import type { ChartMeta } from '$lib/charts/ChartSvg.svelte';
import { buildHemicycle, type HemicycleData } from '$lib/charts/hemicycle/build';
import type { Lang } from '$lib/data/types';
import { formatInt } from '$lib/format';
import { shortName } from '$lib/parties/style';
import type { Simulation } from './model';
import { simText, thresholdText } from './text';

export const SIMULATED_CHART_ID = 'simulated-hemicycle';
/** The prerendered file of the default votes in the Kurultai design (charts/simulated/spec.ts). */
export const KURULTAI_CHART_FILE = `${SIMULATED_CHART_ID}-kurultai`;

/** Party names arrive in `lang` with the input; the title's method names are short, to fit the 600-wide file. */
export function simulatedChart(
	sim: Simulation,
	lang: Lang = 'en'
): { meta: ChartMeta; data: HemicycleData } {
	const text = simText(lang);
	const names = new Map(sim.election.parties.map((p) => [p.id, p.name]));
	const data = buildHemicycle(sim.seats, (id) => names.get(id) ?? shortName(id, lang), { lang });
	const { settings: s } = sim;
	const t = thresholdText(s.thresholdPct, lang);
	return {
		meta: {
			id: SIMULATED_CHART_ID,
			lang,
			title: text.chartTitle(sim.election.id, t, s.method, sim.total, s.design),
			desc: text.chartDesc({
				id: sim.election.id,
				design: s.design,
				t,
				method: s.method,
				chamber: sim.chamber,
				parties: data.parties.map((p) => `${p.name} ${formatInt(p.total, lang)}`).join(', '),
				majority: data.majority,
				total: data.total,
				counted: sim.chamber.smd && sim.election.smdViews ? s.smd : null
			}),
			source: sim.rules
				? `${sim.election.source}; ${text.sourceKurultai(sim.rules.source)}`
				: sim.election.source
		},
		data
	};
}
