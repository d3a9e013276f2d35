/**
 * The regional map: one chart in three states, its layers (turnout 2023, the change since 2021
 * and the single-mandate districts), each a page (/map/, /map/<layer>/) and a file
 * (map-<layer>). One row per unit drives both the page's table and the CSV.
 */
import type { Dataset, Lang } from '$lib/data/types';
import type { ChartMeta } from '../ChartSvg.svelte';
import { electionById } from '$lib/data/derive';
import { dataPath, FILES } from '$lib/data/files';
import { formatDate, formatFixed, formatPct } from '$lib/format';
import { translator } from '$lib/i18n/text';
import { catalogEntry, sourceLine } from '../source-line';
import { defineChart } from '../spec';
import {
	changeLayer,
	districtsLayer,
	formatChange,
	LAYER_IDS,
	turnoutLayer,
	type LayerId,
	type MapBase,
	type MapLayer,
	type UnitFacts
} from './build';
import { mapText } from './text';
import { mapBaseOf, regionalStatus, splitsBetween, unitFacts, unplacedDistricts } from './units';
import RegionMap from './RegionMap.svelte';

const [THEN, NOW] = ['2021', '2023'];

export interface RegionMapData {
	/** Shapes, borders and label places: the same for every layer. */
	base: MapBase;
	/** Fills, labels, tooltips and legend of the layer shown. */
	layer: MapLayer;
}

/** A unit as a row of the table and the CSV. */
export interface MapRow extends UnitFacts {
	/** The name as the table shows it: short, cities marked (Almaty is not Almaty Region). */
	label: string;
	/** "1: winner; 2: not in dataset", or null for none. */
	winners: string | null;
}

function attribution(data: Dataset): string {
	const a = catalogEntry(data, FILES.topology).attribution;
	if (!a) throw new Error(`${dataPath(FILES.catalog)}: no attribution for ${FILES.topology}`);
	return a;
}

function metaOf(data: Dataset, units: UnitFacts[], lang: Lang, layer: LayerId): ChartMeta {
	const m = translator(lang);
	const text = mapText(lang);
	const [src2023, src2021] = catalogEntry(data, FILES.turnout).sources;
	const s2023 = text.status(regionalStatus(data, NOW));
	const now = electionById(data, NOW);
	const then = electionById(data, THEN);
	const turnoutSource = m('map_source_turnout', {
		year: now.year,
		status: s2023,
		source: sourceLine([src2023!])
	});
	const boundaries = attribution(data);
	const id = `map-${layer}`;
	if (layer === 'turnout-2023') {
		const byTurnout = units
			.filter((u) => u.turnout2023 != null)
			.sort((a, b) => a.turnout2023! - b.turnout2023!);
		const [lo, hi] = [byTurnout[0]!, byTurnout.at(-1)!];
		return {
			id,
			lang,
			title: m('map_turnout_title', { date: formatDate(now.date, lang) }),
			desc: m('map_turnout_desc', {
				regions: units.filter((u) => u.kind === 'region').length,
				cities: units.filter((u) => u.kind === 'city').length,
				status: s2023,
				lo: `${lo.name} ${formatPct(lo.turnout2023, 2, lang)}`,
				hi: `${hi.name} ${formatPct(hi.turnout2023, 2, lang)}`
			}),
			source: `${turnoutSource}. ${boundaries}`
		};
	}
	if (layer === 'turnout-change') {
		const thenSource = m('map_source_then', {
			year: then.year,
			status: text.status(regionalStatus(data, THEN)),
			source: sourceLine([src2021!])
		});
		return {
			id,
			lang,
			title: m('map_change_title', { from: then.year, to: now.year }),
			desc: m('map_change_desc', {
				from: then.year,
				to: now.year,
				falls: units.filter((u) => u.change != null && u.change < 0).length,
				of: units.length,
				created: text.list(units.filter((u) => u.comparedWith).map((u) => text.short(u.name))),
				created_year: createdYear(data)
			}),
			source: `${turnoutSource}; ${thenSource}. ${boundaries}`
		};
	}
	return {
		id,
		lang,
		title: m('map_districts_title', { n: data.districts.length, year: now.year }),
		desc: m('map_districts_desc', {
			placed: data.districts.filter((d) => d.regionId).length,
			total: data.districts.length,
			won: data.districts.filter((d) => d.winner).length
		}),
		source: `${m('map_source_districts', { source: sourceLine(catalogEntry(data, FILES.districts).sources) })}. ${boundaries}`
	};
}

/** The year the regions compared with their parents were created (2022). */
function createdYear(data: Dataset): number {
	const years = [...new Set(splitsBetween(data, THEN, NOW).map((s) => Number(s.date.slice(0, 4))))];
	if (years.length !== 1)
		throw new Error(`Regions split in ${years.join(', ')}: one year expected`);
	return years[0]!;
}

function layerOf(data: Dataset, units: UnitFacts[], base: MapBase, lang: Lang, layer: LayerId) {
	const now = electionById(data, NOW).year;
	if (layer === 'turnout-2023')
		return turnoutLayer(base, units, regionalStatus(data, NOW), lang, now);
	if (layer === 'turnout-change')
		return changeLayer(base, units, regionalStatus(data, THEN), lang, {
			from: electionById(data, THEN).year,
			to: now,
			created: createdYear(data)
		});
	return districtsLayer(base, units, unplacedDistricts(data), lang);
}

/** The table's name for a unit: short, cities marked, a region keeping its word where a city has its short name. */
function labelOf(u: UnitFacts, units: UnitFacts[], lang: Lang): string {
	const text = mapText(lang);
	if (u.kind === 'city') return translator(lang)('map_city', { name: u.name });
	const short = text.short(u.name);
	return units.some((o) => o.kind === 'city' && o.name === short) ? u.name : short;
}

export const regionMap = defineChart<RegionMapData, MapRow, LayerId>({
	id: 'map-turnout-2023',
	states: () => [...LAYER_IDS],
	fileId: (layer) => `map-${layer}`,
	component: RegionMap,
	build(data, lang, layer) {
		const m = translator(lang);
		const text = mapText(lang);
		const units = unitFacts(data, lang);
		const base = mapBaseOf(data, units);
		return {
			meta: metaOf(data, units, lang, layer),
			data: { base, layer: layerOf(data, units, base, lang, layer) },
			rows: units.map((u) => ({
				...u,
				label: labelOf(u, units, lang),
				winners:
					u.districts.map((d) => `${d.no}: ${d.winner ?? text.notInDataset}`).join('; ') || null
			})),
			caption: m('map_table_caption', { units: units.length })
		};
	},
	columns: [
		{ key: 'region_id', value: (r) => r.id },
		{ key: 'name', label: 'map_col_region', value: (r) => r.name, display: (r) => r.label },
		{ key: 'kind', value: (r) => r.kind },
		{
			key: 'turnout_2023_pct',
			label: 'map_col_2023',
			kind: 'pct',
			value: (r) => r.turnout2023,
			display: (r, lang) => (r.turnout2023 == null ? null : formatFixed(r.turnout2023, 2, lang))
		},
		{
			key: 'turnout_2021_pct',
			label: 'map_col_2021',
			kind: 'pct',
			value: (r) => r.turnout2021,
			display: (r, lang) => (r.turnout2021 == null ? null : formatFixed(r.turnout2021, 1, lang))
		},
		{
			key: 'turnout_2021_of',
			value: (r) => (r.comparedWith ? r.comparedWith.name : r.turnout2021 === null ? null : r.name)
		},
		{
			key: 'change_pp',
			label: 'map_col_change',
			kind: 'pct',
			value: (r) => r.change,
			display: (r, lang) => (r.change == null ? null : formatChange(r.change, 2, lang))
		},
		{ key: 'districts', value: (r) => r.districts.map((d) => d.no).join(' ') || null },
		{ key: 'district_winners', label: 'map_col_winner', value: (r) => r.winners }
	]
});
