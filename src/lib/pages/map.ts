/**
 * The regional map page (/map/) beside its chart: the units for the panels and the table, the
 * statuses, the national figure and the gaps the notes name. The chart itself is
 * charts/map/spec.ts, drawn by the page from its figure.
 */
import type { Dataset, Lang } from '$lib/data/types';
import { electionById } from '$lib/data/derive';
import { catalogEntry } from '$lib/charts/source-line';
import { FILES } from '$lib/data/files';
import { mapText } from '$lib/charts/map/text';
import { regionalStatus, unitFacts } from '$lib/charts/map/units';
import { lastMajilis } from './era';
import { pageHead } from '$lib/embed/head.server';
import { t } from '$lib/i18n/text';

/**
 * The file with every unit's panel in `lang`, which the map pages' script fetches (the pages
 * themselves carry only the country's: 20 panels are a third of a map page's HTML, parsed on
 * every load for the one a reader may open).
 */
export const panelsFile = (lang: Lang) => `/map/panels/${lang}.html`;

/** Everything a map page shows beside the chart, with the words in `lang`. */
export type MapPageData = ReturnType<typeof mapPage>;

export function mapPage(data: Dataset, lang: Lang = 'en') {
	const units = unitFacts(data, lang);
	const text = mapText(lang);
	const national = data.turnout.find((t) => t.election === '2023' && t.regionId === null);
	const compared = units.filter((u) => u.comparedWith);
	return {
		era: lastMajilis(data, lang),
		units,
		panels: panelsFile(lang),
		date2023: electionById(data, '2023').date,
		status2023: text.status(regionalStatus(data, '2023')),
		status2021: text.status(regionalStatus(data, '2021')),
		national: national ? { pct: national.turnoutPct, status: text.status(national.status) } : null,
		/** The regions created in 2022 and the regions they are compared with, as the notes list them. */
		created: text.list(compared.map((u) => u.name)),
		pairs: text.list(compared.map((u) => `${u.name}: ${u.comparedWith!.name}`)),
		/** Per unit: the regions split from it, as one list (the panel's "then including …"). */
		splitOff: Object.fromEntries(units.map((u) => [u.id, text.list(u.splitOff)])),
		unplaced: data.districts
			.filter((d) => !d.regionId)
			.map((d) => ({ no: d.no, winner: d.winner })),
		districts: data.districts.length,
		names: Object.fromEntries(data.regions.map((r) => [r.id, r.names])),
		gaps: {
			turnout: catalogEntry(data, FILES.turnout).gaps,
			districts: catalogEntry(data, FILES.districts).gaps,
			boundaries: catalogEntry(data, FILES.topology).gaps
		}
	};
}

/** The head of a map page: the same words on every layer; its card is the layer's map. */
export function mapHead(lang: Lang, fileId: string) {
	return pageHead(lang, t(lang, 'map_title'), t(lang, 'map_description'), fileId);
}
