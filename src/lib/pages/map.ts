/** The regional map page (/map/): facts per unit, the map's shapes and its three layers. */
import type { ChartTable } from '$lib/export/csv';
import type { Dataset, Lang, RegionTurnout } from '$lib/data/types';
import { electionById } from '$lib/data/derive';
import { projectRegions } from '$lib/geo/project';
import {
	changeLayer,
	districtsLayer,
	mapBase,
	turnoutLayer,
	type LayerId,
	type MapBase,
	type MapLayer,
	type UnitFacts
} from '$lib/charts/map/build';
import type { ChartMeta } from '$lib/charts/ChartSvg.svelte';
import { catalogEntry, sourceLine } from '$lib/charts/source-line';
import { dataPath, FILES } from '$lib/data/files';
import { formatDate, formatPct } from '$lib/format';
import { shortName as partyName } from '$lib/parties/style';
import { MAP_TEXT } from '$lib/charts/map/text';

const WIDTH = 720;
const MAP_HEIGHT = 412;
const LEGEND_HEIGHT = 64;
const { topology: TOPOLOGY, turnout: TURNOUT, districts: DISTRICTS } = FILES;

function rows(data: Dataset, election: string): RegionTurnout[] {
	return data.turnout.filter((t) => t.election === election && t.regionId !== null);
}

/** The one status the regional rows of an election share ("preliminary at close of polls"). */
export function regionalStatus(data: Dataset, election: string): string {
	const statuses = [...new Set(rows(data, election).map((r) => r.status))];
	if (statuses.length !== 1)
		throw new Error(`${election}: regional turnout rows differ in status: ${statuses.join(' / ')}`);
	return statuses[0]!;
}

/**
 * The 20 units with their names in `lang`, in that language's alphabetical order (the order of
 * the table and of the map's tab stops).
 */
export function unitFacts(data: Dataset, lang: Lang = 'en'): UnitFacts[] {
	const t2023 = new Map(rows(data, '2023').map((r) => [r.regionId!, r.turnoutPct]));
	const t2021 = new Map(rows(data, '2021').map((r) => [r.regionId!, r.turnoutPct]));
	const name = (id: string) => data.regions.find((r) => r.id === id)?.names[lang] ?? id;
	// A region split off between the two elections (data/region-changes.json: Abai, Jetisu and
	// Ulytau in 2022) is compared with the 2021 figure of the region it was part of.
	const [from, to] = [electionById(data, '2021').date, electionById(data, '2023').date];
	const splits = data.regionChanges.splits.filter((s) => s.date > from && s.date <= to);
	return data.regions
		.map((r): UnitFacts => {
			const parent = splits.find((s) => s.regionId === r.id)?.fromId;
			const compareId = t2021.has(r.id) ? r.id : parent;
			const now = t2023.get(r.id) ?? null;
			const then = compareId ? (t2021.get(compareId) ?? null) : null;
			return {
				id: r.id,
				name: r.names[lang],
				kind: r.kind,
				turnout2023: now,
				turnout2021: then,
				comparedWith:
					compareId && compareId !== r.id ? { id: compareId, name: name(compareId) } : null,
				splitOff: splits.filter((s) => s.fromId === r.id).map((s) => name(s.regionId)),
				change: now != null && then != null ? Math.round((now - then) * 100) / 100 : null,
				districts: data.districts
					.filter((d) => d.regionId === r.id)
					.map((d) => ({
						no: d.no,
						winner: d.winner,
						party: d.winnerPartyId ? partyName(d.winnerPartyId, lang) : null,
						nomination: d.nomination
					}))
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name, lang));
}

/** Districts the data do not place in any region. */
export function unplacedDistricts(data: Dataset): number[] {
	return data.districts.filter((d) => !d.regionId).map((d) => d.no);
}

function attribution(data: Dataset): string {
	const a = catalogEntry(data, TOPOLOGY).attribution;
	if (!a) throw new Error(`${dataPath(FILES.catalog)}: no attribution for ${TOPOLOGY}`);
	return a;
}

export function mapMetas(
	data: Dataset,
	units: UnitFacts[],
	lang: Lang = 'en'
): Record<LayerId, ChartMeta> {
	const text = MAP_TEXT[lang];
	const [src2023, src2021] = catalogEntry(data, TURNOUT).sources;
	const s2023 = text.status(regionalStatus(data, '2023'));
	const s2021 = text.status(regionalStatus(data, '2021'));
	const e2023 = electionById(data, '2023');
	const turnoutSource = text.turnoutSource(2023, s2023, sourceLine([src2023!]));
	const boundaries = attribution(data);
	const byTurnout = units
		.filter((u) => u.turnout2023 != null)
		.sort((a, b) => a.turnout2023! - b.turnout2023!);
	const lo = byTurnout[0]!;
	const hi = byTurnout.at(-1)!;
	const falls = units.filter((u) => u.change != null && u.change < 0).length;
	const placed = data.districts.filter((d) => d.regionId).length;
	const won = data.districts.filter((d) => d.winner).length;
	const created = units.filter((u) => u.comparedWith).map((u) => text.short(u.name));
	return {
		'turnout-2023': {
			id: 'map-turnout-2023',
			lang,
			title: text.turnoutTitle(formatDate(e2023.date, lang)),
			desc: text.turnoutDesc({
				regions: units.filter((u) => u.kind === 'region').length,
				cities: units.filter((u) => u.kind === 'city').length,
				status: s2023,
				lo: `${lo.name} ${formatPct(lo.turnout2023, 2, lang)}`,
				hi: `${hi.name} ${formatPct(hi.turnout2023, 2, lang)}`
			}),
			source: `${turnoutSource}. ${boundaries}`
		},
		'turnout-change': {
			id: 'map-turnout-change',
			lang,
			title: text.changeTitle(2021, 2023),
			desc: text.changeDesc(falls, units.length, created),
			source: `${turnoutSource}; ${text.thenSource(2021, s2021, sourceLine([src2021!]))}. ${boundaries}`
		},
		districts: {
			id: 'map-districts',
			lang,
			title: text.districtsTitle(data.districts.length, e2023.year),
			desc: text.districtsDesc(placed, data.districts.length, won),
			source: `${text.districtsSource(sourceLine(catalogEntry(data, DISTRICTS).sources))}. ${boundaries}`
		}
	};
}

let geometryCache: { topology: unknown; base: MapBase } | undefined;

/**
 * The map's shapes, projected once per topology, in the order of `units` (the language's
 * alphabetical order, which is the order of the tab stops) and named in their language.
 */
export function mapBaseOf(data: Dataset, units: UnitFacts[] = unitFacts(data)): MapBase {
	if (geometryCache?.topology !== data.topology) {
		const geometry = projectRegions(data.topology, { width: WIDTH, height: MAP_HEIGHT });
		geometryCache = { topology: data.topology, base: mapBase(geometry, LEGEND_HEIGHT) };
	}
	const { base } = geometryCache;
	const shapes = new Map(base.shapes.map((s) => [s.id, s]));
	return {
		...base,
		shapes: units.map((u) => {
			const shape = shapes.get(u.id);
			if (!shape) throw new Error(`${TOPOLOGY}: no shape for ${u.id}`);
			return { ...shape, name: u.name };
		})
	};
}

export function mapLayers(
	data: Dataset,
	units: UnitFacts[],
	base: MapBase,
	lang: Lang = 'en'
): Record<LayerId, MapLayer> {
	return {
		'turnout-2023': turnoutLayer(base, units, regionalStatus(data, '2023'), lang),
		'turnout-change': changeLayer(base, units, regionalStatus(data, '2021'), lang),
		districts: districtsLayer(base, units, unplacedDistricts(data), lang)
	};
}

/** Props of the map in one layer's default state (for the page and for /charts/<id>.svg). */
export function mapChart(data: Dataset, layer: LayerId, lang: Lang = 'en') {
	const units = unitFacts(data, lang);
	const base = mapBaseOf(data, units);
	return {
		meta: mapMetas(data, units, lang)[layer],
		base,
		layer: mapLayers(data, units, base, lang)[layer]
	};
}

/** Everything a map page shows, with the words in `lang`. */
export type MapPageData = ReturnType<typeof mapPage>;

export function mapPage(data: Dataset, lang: Lang = 'en') {
	const units = unitFacts(data, lang);
	const base = mapBaseOf(data, units);
	const text = MAP_TEXT[lang];
	const national = data.turnout.find((t) => t.election === '2023' && t.regionId === null);
	return {
		base,
		units,
		metas: mapMetas(data, units, lang),
		layers: mapLayers(data, units, base, lang),
		date2023: electionById(data, '2023').date,
		status2023: text.status(regionalStatus(data, '2023')),
		status2021: text.status(regionalStatus(data, '2021')),
		national: national ? { pct: national.turnoutPct, status: text.status(national.status) } : null,
		unplaced: data.districts
			.filter((d) => !d.regionId)
			.map((d) => ({ no: d.no, winner: d.winner })),
		districts: data.districts.length,
		names: Object.fromEntries(data.regions.map((r) => [r.id, r.names])),
		gaps: {
			turnout: catalogEntry(data, TURNOUT).gaps,
			districts: catalogEntry(data, DISTRICTS).gaps,
			boundaries: catalogEntry(data, TOPOLOGY).gaps
		}
	};
}

/** The numbers behind every map layer, one row per unit, for 'Download data (CSV)'. */
export function mapTable(data: Dataset, lang: Lang = 'en'): ChartTable {
	const text = MAP_TEXT[lang];
	return {
		columns: [
			'region_id',
			'name',
			'kind',
			'turnout_2023_pct',
			'turnout_2021_pct',
			'turnout_2021_of',
			'change_pp',
			'districts',
			'district_winners'
		],
		rows: unitFacts(data, lang).map((u) => [
			u.id,
			u.name,
			u.kind,
			u.turnout2023,
			u.turnout2021,
			u.comparedWith ? u.comparedWith.name : u.turnout2021 === null ? null : u.name,
			u.change,
			u.districts.map((d) => d.no).join(' ') || null,
			u.districts.map((d) => `${d.no}: ${d.winner ?? text.notInDataset}`).join('; ') || null
		])
	};
}
