/** The regional map page (/map/): facts per unit, the map's shapes and its three layers. */
import type { ChartTable } from '$lib/export/csv';
import type { Dataset, RegionTurnout } from '$lib/data/types';
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
import { formatPct } from '$lib/format';
import { shortName as partyName } from '$lib/parties/style';

const WIDTH = 720;
const MAP_HEIGHT = 412;
const LEGEND_HEIGHT = 64;
const TOPOLOGY = 'geo/kz-regions-2023.topo.json';
const TURNOUT = 'majilis-turnout-by-region.csv';
const DISTRICTS = 'majilis-2023-districts.csv';

/**
 * The regions created on 8 June 2022 and the region each was split from, as documented in
 * data/geo/SOURCES.md ("The new regions' composition"): Abai from East Kazakhstan, Jetisu from
 * Almaty Region, Ulytau from Karaganda. Their 2023 turnout is compared with the parent's 2021 figure.
 */
export const SPLIT_2022: Record<string, string> = {
	'KZ-10': 'KZ-63',
	'KZ-33': 'KZ-19',
	'KZ-62': 'KZ-35'
};

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

export function unitFacts(data: Dataset): UnitFacts[] {
	const t2023 = new Map(rows(data, '2023').map((r) => [r.regionId!, r.turnoutPct]));
	const t2021 = new Map(rows(data, '2021').map((r) => [r.regionId!, r.turnoutPct]));
	const name = (id: string) => data.regions.find((r) => r.id === id)?.names.en ?? id;
	return data.regions
		.map((r): UnitFacts => {
			const parent = SPLIT_2022[r.id];
			const compareId = t2021.has(r.id) ? r.id : parent;
			const now = t2023.get(r.id) ?? null;
			const then = compareId ? (t2021.get(compareId) ?? null) : null;
			return {
				id: r.id,
				name: r.names.en,
				kind: r.kind,
				turnout2023: now,
				turnout2021: then,
				comparedWith:
					compareId && compareId !== r.id ? { id: compareId, name: name(compareId) } : null,
				splitOff: Object.entries(SPLIT_2022)
					.filter(([, p]) => p === r.id)
					.map(([child]) => name(child)),
				change: now != null && then != null ? Math.round((now - then) * 100) / 100 : null,
				districts: data.districts
					.filter((d) => d.regionId === r.id)
					.map((d) => ({
						no: d.no,
						winner: d.winner,
						party: d.winnerPartyId ? partyName(d.winnerPartyId) : null,
						nomination: d.nomination
					}))
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** Districts the data do not place in any region. */
export function unplacedDistricts(data: Dataset): number[] {
	return data.districts.filter((d) => !d.regionId).map((d) => d.no);
}

function attribution(data: Dataset): string {
	const a = catalogEntry(data, TOPOLOGY).attribution;
	if (!a) throw new Error(`data/catalog.json: no attribution for ${TOPOLOGY}`);
	return a;
}

export function mapMetas(data: Dataset, units: UnitFacts[]): Record<LayerId, ChartMeta> {
	const [src2023, src2021] = catalogEntry(data, TURNOUT).sources;
	const s2023 = regionalStatus(data, '2023');
	const s2021 = regionalStatus(data, '2021');
	const turnoutSource = `Turnout 2023: CEC, ${s2023}, via ${sourceLine([src2023!])}`;
	const boundaries = attribution(data);
	const byTurnout = units
		.filter((u) => u.turnout2023 != null)
		.sort((a, b) => a.turnout2023! - b.turnout2023!);
	const lo = byTurnout[0]!;
	const hi = byTurnout.at(-1)!;
	const falls = units.filter((u) => u.change != null && u.change < 0).length;
	const placed = data.districts.filter((d) => d.regionId).length;
	const won = data.districts.filter((d) => d.winner).length;
	return {
		'turnout-2023': {
			id: 'map-turnout-2023',
			title: 'Turnout by region, 19 March 2023',
			desc: `Map of turnout in Kazakhstan's 17 regions and 3 cities, ${s2023} CEC figures. Lowest: ${lo.name} ${formatPct(lo.turnout2023)}; highest: ${hi.name} ${formatPct(hi.turnout2023)}.`,
			source: `${turnoutSource}. ${boundaries}`
		},
		'turnout-change': {
			id: 'map-turnout-change',
			title: 'Change in turnout by region, 2021 to 2023',
			desc: `Map of the change in turnout from January 2021 to March 2023 in percentage points; turnout fell in ${falls} of ${units.length} units. Abai, Jetisu and Ulytau, created in 2022, are compared with the region each was split from.`,
			source: `${turnoutSource}; 2021: CEC, ${s2021}, via ${sourceLine([src2021!])}. ${boundaries}`
		},
		districts: {
			id: 'map-districts',
			title: 'The 29 single-mandate districts by region, 2023',
			desc: `Map of the number of single-mandate districts per region; ${placed} of ${data.districts.length} districts are placed in a region and ${won} winners are known in the dataset.`,
			source: `Districts: ${sourceLine(catalogEntry(data, DISTRICTS).sources)}. ${boundaries}`
		}
	};
}

let geometryCache: { topology: unknown; base: MapBase } | undefined;

export function mapBaseOf(data: Dataset): MapBase {
	if (geometryCache?.topology !== data.topology) {
		const geometry = projectRegions(data.topology, { width: WIDTH, height: MAP_HEIGHT });
		geometryCache = { topology: data.topology, base: mapBase(geometry, LEGEND_HEIGHT) };
	}
	return geometryCache.base;
}

export function mapLayers(
	data: Dataset,
	units: UnitFacts[],
	base: MapBase
): Record<LayerId, MapLayer> {
	return {
		'turnout-2023': turnoutLayer(base, units, regionalStatus(data, '2023')),
		'turnout-change': changeLayer(base, units, regionalStatus(data, '2021')),
		districts: districtsLayer(base, units, unplacedDistricts(data))
	};
}

/** Props of the map in one layer's default state (for the page and for /charts/<id>.svg). */
export function mapChart(data: Dataset, layer: LayerId) {
	const units = unitFacts(data);
	const base = mapBaseOf(data);
	return { meta: mapMetas(data, units)[layer], base, layer: mapLayers(data, units, base)[layer] };
}

export function mapPage(data: Dataset) {
	const units = unitFacts(data);
	const base = mapBaseOf(data);
	const national = data.turnout.find((t) => t.election === '2023' && t.regionId === null);
	return {
		base,
		units,
		metas: mapMetas(data, units),
		layers: mapLayers(data, units, base),
		status2023: regionalStatus(data, '2023'),
		status2021: regionalStatus(data, '2021'),
		national: national ? { pct: national.turnoutPct, status: national.status } : null,
		unplaced: data.districts
			.filter((d) => !d.regionId)
			.map((d) => ({ no: d.no, winner: d.winner })),
		names: Object.fromEntries(data.regions.map((r) => [r.id, r.names])),
		gaps: {
			turnout: catalogEntry(data, TURNOUT).gaps,
			districts: catalogEntry(data, DISTRICTS).gaps,
			boundaries: catalogEntry(data, TOPOLOGY).gaps
		}
	};
}

/** The numbers behind every map layer, one row per unit, for 'Download data (CSV)'. */
export function mapTable(data: Dataset): ChartTable {
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
		rows: unitFacts(data).map((u) => [
			u.id,
			u.name,
			u.kind,
			u.turnout2023,
			u.turnout2021,
			u.comparedWith ? u.comparedWith.name : u.turnout2021 === null ? null : u.name,
			u.change,
			u.districts.map((d) => d.no).join(' ') || null,
			u.districts.map((d) => `${d.no}: ${d.winner ?? 'not in dataset'}`).join('; ') || null
		])
	};
}
