/** The districts page (/districts/): the 29 single-mandate districts of 2023 as table rows. */
import type { Dataset, Lang } from '$lib/data/types';
import { catalogEntry } from '$lib/charts/source-line';
import { FILES } from '$lib/data/files';
import { shortName } from '$lib/parties/style';

export interface DistrictRow {
	no: number;
	area: string | null;
	region: string | null;
	regionId: string | null;
	winner: string | null;
	/** Short name of the party recorded for the winner (nominating party, or self-nominated). */
	party: string | null;
	nomination: string | null;
	membership: string | null;
	source: string | null;
}

export function districtRows(data: Dataset, lang: Lang = 'en'): DistrictRow[] {
	const regionName = (id: string | null, fallback: string | null) =>
		(id && data.regions.find((r) => r.id === id)?.names[lang]) || fallback;
	return data.districts.map((d) => ({
		no: d.no,
		area: d.area,
		region: lang === 'en' ? d.region : regionName(d.regionId, d.region),
		regionId: d.regionId,
		winner: d.winner,
		party: d.winnerPartyId ? shortName(d.winnerPartyId, lang) : null,
		nomination: d.nomination,
		membership: d.partyMembership,
		source: d.source
	}));
}

/** The first clause of a source note, for a one-line summary. */
export function sourceSummary(source: string, max = 60): string {
	const first = source.split(/;\s|:\s"|,\s"/)[0]!.trim();
	return first.length > max ? `${first.slice(0, max - 1).trimEnd()}…` : first;
}

export function districtsPage(data: Dataset, lang: Lang = 'en') {
	const rows = districtRows(data, lang);
	const entry = catalogEntry(data, FILES.districts);
	return {
		rows,
		total: rows.length,
		winnersKnown: rows.filter((r) => r.winner).length,
		regionsKnown: rows.filter((r) => r.regionId).length,
		unplaced: rows.filter((r) => !r.regionId).map((r) => r.no),
		gaps: entry.gaps,
		sources: entry.sources,
		dataAnchor: entry.file.replace(/[^a-z0-9]+/gi, '-')
	};
}
