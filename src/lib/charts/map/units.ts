/** The facts the regional map shows per unit, and the map's shapes in a language's order. */
import type { Dataset, Lang, RegionTurnout } from '$lib/data/types';
import { electionById } from '$lib/data/derive';
import { projectRegions } from '$lib/geo/project';
import { FILES } from '$lib/data/files';
import { shortName as partyName } from '$lib/parties/style';
import { mapBase, type MapBase, type UnitFacts } from './build';

const WIDTH = 720;
const MAP_HEIGHT = 412;
const LEGEND_HEIGHT = 64;

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

/** The regions split off between the two elections (data/region-changes.json). */
export function splitsBetween(data: Dataset, then: string, now: string) {
	const [from, to] = [electionById(data, then).date, electionById(data, now).date];
	return data.regionChanges.splits.filter((s) => s.date > from && s.date <= to);
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
	const splits = splitsBetween(data, '2021', '2023');
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

let geometryCache: { topology: unknown; base: MapBase; file: GeometryFile } | undefined;

export interface GeometryFile {
	/** The file's name under /geo/, with a hash of its content: a new map is a new name. */
	name: string;
	svg: string;
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell one map's shapes from the next. */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The map's shapes (every unit by its code, the borders and the outline) as one SVG file. A
 * map on a page draws them with <use href="/geo/<name>#KZ-10">, so that the 9 KB gzip of
 * shapes arrive once for all the site's maps instead of inside every page that shows one.
 */
function toFile(base: MapBase): GeometryFile {
	const paths = [
		...[...base.shapes].sort((a, b) => a.id.localeCompare(b.id)).map((s) => [s.id, s.d]),
		['borders', base.borders],
		['outline', base.outline]
	]
		.map(([id, d]) => `<path id="${id}" d="${d}"/>`)
		.join('');
	const svg = `<svg xmlns="http://www.w3.org/2000/svg">${paths}</svg>\n`;
	return { name: `units-${hash(svg)}.svg`, svg };
}

function geometry(data: Dataset) {
	if (geometryCache?.topology !== data.topology) {
		const projected = projectRegions(data.topology, { width: WIDTH, height: MAP_HEIGHT });
		const base = mapBase(projected, LEGEND_HEIGHT);
		geometryCache = { topology: data.topology, base, file: toFile(base) };
	}
	return geometryCache;
}

/** The file of the map's shapes, served at /geo/<name> (src/routes/geo/[file]/+server.ts). */
export function geometryFile(data: Dataset): GeometryFile {
	return geometry(data).file;
}

/**
 * The map's shapes, projected once per topology, in the order of `units` (the language's
 * alphabetical order, which is the order of the tab stops) and named in their language.
 */
export function mapBaseOf(
	data: Dataset,
	units: Pick<UnitFacts, 'id' | 'name'>[] = unitFacts(data)
): MapBase {
	const { base, file } = geometry(data);
	const shapes = new Map(base.shapes.map((s) => [s.id, s]));
	return {
		...base,
		href: `/geo/${file.name}`,
		shapes: units.map((u) => {
			const shape = shapes.get(u.id);
			if (!shape) throw new Error(`${FILES.topology}: no shape for ${u.id}`);
			return { ...shape, name: u.name };
		})
	};
}
