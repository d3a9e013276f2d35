/**
 * The simulator page (/simulate/), built from the dataset at build time: the compact input the
 * browser simulates from (votes and seats as elected, no geometry), and the default chart.
 */
import type { Dataset, Election } from '$lib/data/types';
import { listContestants, voteBase } from '$lib/data/derive';
import { catalogEntry, sourceLine } from '$lib/charts/source-line';
import { shortName } from '$lib/parties/style';
import {
	defaultSettings,
	simulate,
	type Chamber,
	type Design,
	type SimElection,
	type SimInput
} from '$lib/simulate/model';
import { simulatedChart } from '$lib/simulate/chart';

/** The name a party went by at this election, where it was short and different (Nur Otan). */
function displayName(id: string, atElection: string): string {
	const short = shortName(id);
	return atElection.length <= 12 && atElection.toLowerCase() !== short.toLowerCase()
		? atElection
		: short;
}

function chamberOf(e: Election): Chamber {
	return {
		list: e.seatsByMethod.list,
		smd: e.seatsByMethod.smd,
		assembly: e.seatsByMethod.assembly
	};
}

export function simulatorInput(data: Dataset): SimInput {
	const withSmd = data.elections.find((e) => e.seatsByMethod.smd > 0 && e.id === '2023');
	const withAssembly = [...data.elections].reverse().find((e) => e.seatsByMethod.assembly > 0);
	if (!withSmd || !withAssembly)
		throw new Error('The simulator needs the 2023 election and one with Assembly seats');
	const mixed = chamberOf(withSmd);
	const assembly = chamberOf(withAssembly);
	const chambers: Record<Design, Chamber> = {
		mixed,
		list: { list: withSmd.seatsTotal, smd: 0, assembly: 0 },
		assembly
	};
	const same = (a: Chamber, b: Chamber) =>
		a.list === b.list && a.smd === b.smd && a.assembly === b.assembly;

	const sources = catalogEntry(data, 'majilis-elections.json').sources;
	const elections: SimElection[] = [];
	const omitted: SimInput['omitted'] = [];
	for (const e of [...data.elections].reverse()) {
		const base = voteBase(e);
		const design = (Object.keys(chambers) as Design[]).find((d) => same(chambers[d], chamberOf(e)));
		if (base === null || listContestants(e).some((r) => r.votes === null)) {
			omitted.push({
				id: e.id,
				reason: `${e.id} is left out because only vote shares were published for it, not vote counts`
			});
			continue;
		}
		if (!design) {
			omitted.push({
				id: e.id,
				reason: `${e.id} is left out because its chamber fits none of the designs`
			});
			continue;
		}
		const own = sources.filter((s) => s.date?.startsWith(e.id) || s.title.includes(e.id));
		const views = e.id === '2023' ? data.smdViews2023 : undefined;
		elections.push({
			id: e.id,
			year: e.year,
			thresholdPct: e.thresholdPct,
			thresholdBase: base,
			design,
			parties: e.results.map((r) => ({
				id: r.partyId,
				name: displayName(r.partyId, r.nameAtElection),
				votes: r.pct === null ? null : r.votes,
				list: r.listSeats,
				smd: r.smdSeats,
				assembly: r.assemblySeats
			})),
			smdViews: views && {
				membership: views.membership.smdSeats,
				nomination: views.nomination.smdSeats
			},
			source: [
				`${e.id} votes and seats: ${sourceLine(own.length ? own : sources)}`,
				views
					? `party membership of single-mandate winners: ${sourceLine(views.membership.sources)}`
					: '',
				'seats recomputed by Sailau'
			]
				.filter(Boolean)
				.join('; ')
		});
	}
	return { elections, chambers, omitted };
}

/** The chart at /charts/simulated-hemicycle.svg: the default state, 2023 as elected. */
export function defaultSimulatedChart(data: Dataset) {
	const input = simulatorInput(data);
	return simulatedChart(simulate(input, defaultSettings(input)));
}
