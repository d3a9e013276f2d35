/**
 * The simulator page (/simulate/), built from the dataset at build time: the compact input the
 * browser simulates from (votes and seats as elected, no geometry). The default chart is the
 * spec charts/simulated/spec.ts.
 */
import type { Dataset, Election, Lang, Party } from '$lib/data/types';
import { listContestants, voteBase } from '$lib/data/derive';
import { catalogEntry, sourceLine } from '$lib/charts/source-line';
import { dataPath, FILES } from '$lib/data/files';
import { lineageName } from '$lib/compare/lineage';
import {
	ASSEMBLY_ID,
	type Chamber,
	type Design,
	type DesignRules,
	type SimElection,
	type SimInput
} from '$lib/simulate/model';
import { simText } from '$lib/simulate/text';
import { isMethod } from '$lib/electoral/allocate';

/**
 * The name a party went by at this election, where it was short and different (Nur Otan,
 * Birlik), in `lang` as its lineage in data/parties.json gives it; else today's short name.
 */
function displayName(party: Party, atElection: string, lang: Lang): string {
	if (atElection.length <= 12 && atElection.toLowerCase() !== party.short.en.toLowerCase())
		return lineageName(party, atElection, lang);
	return party.short[lang];
}

function chamberOf(e: Election): Chamber {
	return {
		list: e.seatsByMethod.list,
		smd: e.seatsByMethod.smd,
		assembly: e.seatsByMethod.assembly
	};
}

const CONFIDENCE = ['high', 'medium', 'low'];

/**
 * The Kurultai's rules from data/chambers.json: the threshold claim held with the most confidence
 * is the default and the others are shown as unconfirmed; the formula, which no source gives
 * (null), is assumed to be the Majilis's largest remainders with the Hare quota.
 */
function kurultaiRules(data: Dataset): DesignRules {
	const { kurultai, majilis } = data.chambers;
	const file = dataPath(FILES.chambers);
	const [best, ...others] = [...kurultai.thresholdClaims].sort(
		(a, b) => CONFIDENCE.indexOf(a.confidence) - CONFIDENCE.indexOf(b.confidence)
	);
	if (!best) throw new Error(`${file}: the Kurultai has no threshold claim for the simulator`);
	const found = kurultai.allocationMethod;
	if (found !== null && !isMethod(found))
		throw new Error(`${file}: the simulator has no seat formula "${found}" for the Kurultai`);
	return {
		thresholdPct: best.pct,
		method: found ?? 'hare',
		alternatives: others.map((c) => ({ pct: c.pct, basis: c.basis })),
		methodFound: found !== null,
		inForceFrom: majilis.powersEnded,
		source: sourceLine(kurultai.sources)
	};
}

/** What the browser simulates from, with party names and generated words in `lang`. */
export function simulatorInput(data: Dataset, lang: Lang = 'en'): SimInput {
	const text = simText(lang);
	const party = (id: string): Party => {
		const found = data.parties.find((p) => p.id === id);
		if (!found) throw new Error(`No party "${id}" in ${dataPath(FILES.parties)}`);
		return found;
	};
	const withSmd = data.elections.find((e) => e.seatsByMethod.smd > 0 && e.id === '2023');
	const withAssembly = [...data.elections].reverse().find((e) => e.seatsByMethod.assembly > 0);
	if (!withSmd || !withAssembly)
		throw new Error('The simulator needs the 2023 election and one with Assembly seats');
	const mixed = chamberOf(withSmd);
	const assembly = chamberOf(withAssembly);
	const chambers: Record<Design, Chamber> = {
		mixed,
		list: { list: withSmd.seatsTotal, smd: 0, assembly: 0 },
		assembly,
		kurultai: { ...data.chambers.kurultai.seatsByMethod }
	};
	const designRules: Partial<Record<Design, DesignRules>> = {
		kurultai: kurultaiRules(data)
	};
	const same = (a: Chamber, b: Chamber) =>
		a.list === b.list && a.smd === b.smd && a.assembly === b.assembly;

	const sources = catalogEntry(data, FILES.elections).sources;
	const elections: SimElection[] = [];
	const omitted: SimInput['omitted'] = [];
	for (const e of [...data.elections].reverse()) {
		const base = voteBase(e);
		const design = (Object.keys(chambers) as Design[]).find((d) => same(chambers[d], chamberOf(e)));
		if (base === null || listContestants(e).some((r) => r.votes === null)) {
			omitted.push({ id: e.id, reason: text.omittedShares(e.id) });
			continue;
		}
		if (!design) {
			omitted.push({ id: e.id, reason: text.omittedDesign(e.id) });
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
				name: displayName(party(r.partyId), r.nameAtElection, lang),
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
				text.sourceVotes(e.id, sourceLine(own.length ? own : sources)),
				views ? text.sourceMembership(sourceLine(views.membership.sources)) : '',
				text.recomputed
			]
				.filter(Boolean)
				.join('; ')
		});
	}
	return {
		elections,
		chambers,
		designRules,
		omitted,
		assemblyName: party(ASSEMBLY_ID).short[lang]
	};
}
