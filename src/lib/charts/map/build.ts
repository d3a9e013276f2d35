/**
 * Everything the RegionMap component draws, computed at build time: the shapes once (paths,
 * label anchors, city markers) and, per layer, a fill, label, tooltip and legend for each unit.
 */
import type { MapGeometry } from '$lib/geo/project';
import type { Lang } from '$lib/data/types';
import { formatFixed, formatPct, MISSING } from '$lib/format';
import { mapText } from './text';
import { layoutLegend, type PlacedLegendItem } from '../legend';
import {
	changeScale,
	rampLegend,
	textOn,
	turnoutScale,
	type ColourScale,
	type RampLegend
} from './scales';

export const LAYER_IDS = ['turnout-2023', 'turnout-change', 'districts'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
export const DEFAULT_LAYER: LayerId = 'turnout-2023';

export function isLayerId(v: string | null | undefined): v is LayerId {
	return (LAYER_IDS as readonly string[]).includes(v ?? '');
}

export interface DistrictFact {
	no: number;
	winner: string | null;
	/** Short party name of the winner's nominating party as recorded. */
	party: string | null;
	nomination: string | null;
}

/** What the data say about one of the 20 units. Missing is null, never 0. */
export interface UnitFacts {
	id: string;
	name: string;
	kind: 'region' | 'city';
	turnout2023: number | null;
	/** The 2021 figure compared with: the unit's own, or its parent's for a region created in 2022. */
	turnout2021: number | null;
	/** Set when the 2021 figure is another unit's: the region this one was split from in 2022. */
	comparedWith: { id: string; name: string } | null;
	/** For a region that gave up territory in 2022: the names of the regions split from it. */
	splitOff: string[];
	/** 2023 minus 2021, percentage points, 2 decimals. */
	change: number | null;
	districts: DistrictFact[];
}

/** What a label needs of a unit. */
export type NamedUnit = Pick<UnitFacts, 'id' | 'name' | 'kind'>;

export interface MapShape {
	id: string;
	name: string;
	kind: 'region' | 'city';
	d: string;
	/** Where the label goes: the middle of a region, or beside a city's marker. */
	label: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
	/** Cities are a few pixels wide: a marker makes them visible and gives them a target. */
	marker: { x: number; y: number; r: number } | null;
}

export interface MapBase {
	width: number;
	height: number;
	/** Height of the map itself; the legend sits below it. */
	mapHeight: number;
	shapes: MapShape[];
	borders: string;
	outline: string;
	/**
	 * On a page, the address of the file that holds these shapes (units.ts, geometryFile): the
	 * map draws each one with <use>, and the file is loaded once for every map of the site.
	 * Absent: the shapes are written into the chart (as in the standalone files).
	 */
	href?: string;
}

export interface RegionPaint {
	id: string;
	fill: string;
	/** Label lines drawn on the map (name, value); empty for none. */
	lines: string[];
	textFill: string;
	/** Tooltip and accessible text, lines separated by "\n". */
	tip: string;
	/** Hatched: compared with another unit (a region created in 2022). */
	hatch: boolean;
}

export interface MapLayer {
	/** A layer of the map page (LayerId), or a state of another chart drawn on the same shapes. */
	id: string;
	regions: RegionPaint[];
	ramp: RampLegend | null;
	swatches: PlacedLegendItem[];
	/** Legend line for the hatching, if any unit is hatched. */
	hatchNote: string | null;
	/** The fill under the hatching in its legend swatch (default a mid grey). */
	hatchFill?: string;
	/** Extra lines under the legend (units or districts the map cannot place). */
	footnotes: { x: number; y: number; text: string }[];
}

/** Label nudges (px at the fixed width) where a shape's centre is a poor place for text. */
const NUDGE: Record<string, [number, number]> = {
	'KZ-19': [-8, -12], // Almaty Region: keep clear of the Almaty city marker
	'KZ-61': [-4, 4], // Turkistan: down towards the wider part, clear of the Shymkent marker
	'KZ-11': [-18, 10], // Akmola: keep clear of the Astana marker
	'KZ-35': [0, 16], // Karaganda: its centroid sits near the Akmola border
	'KZ-63': [6, 0],
	'KZ-33': [6, 4]
};
/** City labels: to the right of the marker unless stated. */
const CITY_LABEL: Record<string, 'start' | 'end'> = {};

const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * A unit's name (in `lang`) as map label lines: the word for "Region" dropped (except for Almaty
 * Region, which would otherwise read like Almaty city), the long compass names on two lines.
 */
export function nameLines(u: NamedUnit, units: NamedUnit[], lang: Lang): string[] {
	const cities = units.filter((o) => o.kind === 'city').map((o) => o.name);
	return mapText(lang).nameLines(u.name, u.kind, cities);
}

export function mapBase(geometry: MapGeometry, legendHeight: number): MapBase {
	const shapes = geometry.regions
		.map((r): MapShape => {
			const [cx, cy] = r.centroid;
			if (r.kind === 'city') {
				const anchor = CITY_LABEL[r.id] ?? 'start';
				return {
					id: r.id,
					name: r.name,
					kind: r.kind,
					d: r.d,
					marker: { x: cx, y: cy, r: 7 },
					label: { x: r2(cx + (anchor === 'start' ? 10 : -10)), y: r2(cy + 4), anchor }
				};
			}
			const [dx, dy] = NUDGE[r.id] ?? [0, 0];
			return {
				id: r.id,
				name: r.name,
				kind: r.kind,
				d: r.d,
				marker: null,
				label: { x: r2(cx + dx), y: r2(cy + dy), anchor: 'middle' }
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name, 'en'));
	return {
		width: geometry.width,
		height: geometry.height + legendHeight,
		mapHeight: geometry.height,
		shapes,
		borders: geometry.borders,
		outline: geometry.outline
	};
}

/** "−12.79" (Kazakh and Russian "−12,79") with a real minus sign; `digits` decimals. */
export function formatChange(v: number | null, digits = 2, lang: Lang = 'en'): string {
	if (v == null) return MISSING;
	const s = formatFixed(Math.abs(v), digits, lang);
	return v > 0 ? `+${s}` : v < 0 ? `−${s}` : s;
}

function legendPlace(base: MapBase) {
	return { x: 12, y: base.mapHeight + 26, width: Math.min(300, base.width / 2 - 24) };
}

const GREY = '#d5dbe0';

function paint(id: string, fill: string, lines: string[], tip: string, hatch = false): RegionPaint {
	return { id, fill, lines, textFill: textOn(fill), tip, hatch };
}

/** A unit of a turnout map: its value (null: none), tooltip and whether it is hatched. */
export interface TurnoutUnit extends NamedUnit {
	value: number | null;
	tip: string;
	hatch?: boolean;
}

/** The fill of a unit whose figure was not found where that is hatched: dark enough to show it. */
export const NOT_FOUND_FILL = '#aab4bd';

/**
 * Turnout in a sequential colour scale, one value per unit, with its ramp legend: the 2023
 * layer of the map page, and the interim turnout maps of other votes (charts/vote-map).
 */
export function turnoutValueLayer(
	base: MapBase,
	units: TurnoutUnit[],
	lang: Lang,
	o: { id: string; rampTitle: string; hatchNote?: string | null; hatchFill?: string }
): MapLayer {
	const known = units.filter((u) => u.value != null);
	const scale = turnoutScale(known.map((u) => u.value!));
	const place = legendPlace(base);
	return {
		id: o.id,
		regions: units.map((u) =>
			u.value == null
				? paint(
						u.id,
						u.hatch ? NOT_FOUND_FILL : GREY,
						[...nameLines(u, units, lang), MISSING],
						u.tip,
						u.hatch
					)
				: paint(
						u.id,
						scale(u.value),
						[...nameLines(u, units, lang), formatFixed(u.value, 1, lang)],
						u.tip,
						u.hatch
					)
		),
		ramp: rampLegend(scale, {
			title: o.rampTitle,
			...place,
			tick: 10,
			format: String,
			values: known.map((u) => ({ id: u.id, value: u.value! }))
		}),
		swatches: [],
		hatchNote: o.hatchNote ?? null,
		...(o.hatchFill ? { hatchFill: o.hatchFill } : {}),
		footnotes: []
	};
}

export function turnoutLayer(
	base: MapBase,
	units: UnitFacts[],
	status: string,
	lang: Lang = 'en',
	year = 2023
): MapLayer {
	const text = mapText(lang);
	return turnoutValueLayer(
		base,
		units.map((u) => ({
			id: u.id,
			name: u.name,
			kind: u.kind,
			value: u.turnout2023,
			tip:
				u.turnout2023 == null
					? `${u.name}\n${text.turnoutMissing(year)}`
					: `${u.name}\n${text.turnout(year, formatPct(u.turnout2023, 2, lang))}\n${text.status(status)}`
		})),
		lang,
		{ id: 'turnout-2023', rampTitle: text.turnoutRamp(text.status(status)) }
	);
}

export function changeLayer(
	base: MapBase,
	units: UnitFacts[],
	status2021: string,
	lang: Lang = 'en',
	years = { from: 2021, to: 2023, created: 2022 }
): MapLayer {
	const text = mapText(lang);
	const { from, to } = years;
	const known = units.filter((u) => u.change != null);
	const scale: ColourScale = changeScale(known.map((u) => u.change!));
	const place = legendPlace(base);
	return {
		id: 'turnout-change',
		regions: units.map((u) => {
			if (u.change == null)
				return paint(
					u.id,
					GREY,
					[...nameLines(u, units, lang), MISSING],
					`${u.name}\n${text.changeMissing}`
				);
			const then = formatPct(u.turnout2021, 1, lang);
			const was = u.comparedWith
				? text.wasPartOf(from, then, u.comparedWith.name)
				: text.thenIncluding(from, then, u.splitOff);
			return paint(
				u.id,
				scale(u.change),
				[...nameLines(u, units, lang), formatChange(u.change, 1, lang)],
				`${u.name}\n${text.change(formatChange(u.change, 2, lang))}\n${to}: ${formatPct(u.turnout2023, 2, lang)}\n${was} (${text.status(status2021)})`,
				u.comparedWith != null
			);
		}),
		ramp: rampLegend(scale, {
			title: text.changeRamp(from, to),
			...place,
			tick: 5,
			format: (v) => formatChange(v, 0, lang),
			values: known.map((u) => ({ id: u.id, value: u.change! }))
		}),
		swatches: [],
		hatchNote: units.some((u) => u.comparedWith) ? text.hatchNote(years.created) : null,
		footnotes: []
	};
}

/** "3–5" for runs of three or more consecutive numbers, "18, 19" otherwise. */
export function numberList(nos: number[]): string {
	const sorted = [...nos].sort((a, b) => a - b);
	const parts: string[] = [];
	for (let i = 0; i < sorted.length;) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
		if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
		else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
		i = j + 1;
	}
	return parts.join(', ');
}

const DISTRICT_FILLS = ['#c6dbef', '#6baed6', '#2171b5'];

export function districtsLayer(
	base: MapBase,
	units: UnitFacts[],
	unplaced: number[],
	lang: Lang = 'en'
): MapLayer {
	const text = mapText(lang);
	const max = Math.max(...units.map((u) => u.districts.length));
	const fillFor = (n: number) => (n === 0 ? GREY : DISTRICT_FILLS[Math.min(n, 3) - 1]!);
	const numbers = (u: UnitFacts) => numberList(u.districts.map((d) => d.no));
	const legendY = base.mapHeight + 24;
	const counts = Array.from({ length: max }, (_, i) => i + 1);
	const swatches = layoutLegend(
		[
			...counts.map((n) => ({
				key: String(n),
				label: text.districtCount(n),
				colour: fillFor(n),
				shape: 'square' as const
			})),
			{ key: '0', label: text.noneKey, colour: GREY, shape: 'square' as const }
		],
		base.width,
		{ y: legendY }
	).items;
	return {
		id: 'districts',
		regions: units.map((u) => {
			const n = u.districts.length;
			const lines = u.districts.map(
				(d) =>
					`${text.districtNo(String(d.no))}: ${d.winner ? `${d.winner}${d.party ? ` (${d.party})` : ''}` : text.winnerMissing}`
			);
			return paint(
				u.id,
				fillFor(n),
				[...nameLines(u, units, lang), n ? text.districtNo(numbers(u)) : '?'],
				`${u.name}\n${n ? lines.join('\n') : text.noneHere}`
			);
		}),
		ramp: null,
		swatches,
		hatchNote: null,
		footnotes: unplaced.length ? [{ x: 12, y: legendY + 28, text: text.unplaced(unplaced) }] : []
	};
}
