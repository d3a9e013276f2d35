/**
 * Projects the TopoJSON of Kazakhstan's 20 units to SVG paths in a fixed W × H box, at build time.
 *
 * Projection: an equal-area conic with standard parallels 44° and 52° N and central meridian 67° E
 * (as in data/geo/SOURCES.md), so that regions compare by area as on the ground; fitted to the
 * national outline. The arcs are simplified once in screen space (Douglas–Peucker on each shared
 * arc, so neighbours keep one common border) to drop detail finer than a pixel, and
 * coordinates are rounded to one decimal and written as steps from the last point: the page
 * carries a few kilobytes of map, not hundreds.
 */
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { CompactPath } from './compact-path';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface RegionShape {
	/** ISO 3166-2 code, e.g. KZ-10. */
	id: string;
	name: string;
	kind: 'region' | 'city';
	/** SVG path data, one decimal, each point after a ring's first as a step (compact-path.ts). */
	d: string;
	/** Centre of the projected shape's area (planar centroid), rounded to 2 decimals. */
	centroid: [number, number];
	/** Projected bounding box [[x0, y0], [x1, y1]], rounded to 2 decimals. */
	bounds: [[number, number], [number, number]];
}

export interface MapGeometry {
	width: number;
	height: number;
	regions: RegionShape[];
	/** Borders between units (each drawn once). */
	borders: string;
	/** The national outline. */
	outline: string;
}

/** Simplification tolerance of the site's maps, in pixels of the projected box (see below). */
export const TOLERANCE = 1;

export interface ProjectOptions {
	width: number;
	height: number;
	/** Space kept free around the country. Default 8. */
	padding?: number;
	/**
	 * Simplification tolerance in pixels. Default TOLERANCE, 1: no drawn border strays more than a pixel of
	 * the 720-wide box from the source's (on a phone, about half a screen pixel), and the map's
	 * shapes file is 5 KB gzip instead of 9 at 0.4, so that a map embed stays within 15 KB.
	 */
	tolerance?: number;
}

type RegionProps = { id: string; name_en: string; kind: 'region' | 'city' };
export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProps>;

const round2 = (v: number) => Math.round(v * 100) / 100;

export function kazakhstanProjection(): GeoProjection {
	return geoConicEqualArea().parallels([44, 52]).rotate([-67, 0]);
}

function regionsObject(topology: Topology): GeometryCollection<RegionProps> {
	return topology.objects.regions as GeometryCollection<RegionProps>;
}

/** The 20 units as GeoJSON features (lon/lat). */
export function regionFeatures(topology: Topology): RegionFeature[] {
	return (feature(topology, regionsObject(topology)) as unknown as { features: RegionFeature[] })
		.features;
}

function decodeArcs(topology: Topology): Position[][] {
	const t = topology.transform;
	return topology.arcs.map((arc) => {
		if (!t) return arc.map((p) => [p[0]!, p[1]!]);
		let x = 0;
		let y = 0;
		return arc.map((p) => {
			x += p[0]!;
			y += p[1]!;
			return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
		});
	});
}

/** Indices of the points Douglas–Peucker keeps on a line of screen points, ends included. */
export function douglasPeucker(points: [number, number][], tolerance: number): number[] {
	const n = points.length;
	if (n <= 2) return points.map((_, i) => i);
	const keep = new Uint8Array(n);
	keep[0] = keep[n - 1] = 1;
	const visit = (i: number, j: number) => {
		if (j <= i + 1) return;
		const [x1, y1] = points[i]!;
		const [x2, y2] = points[j]!;
		const dx = x2 - x1;
		const dy = y2 - y1;
		const len = Math.hypot(dx, dy);
		let best = -1;
		let at = -1;
		for (let k = i + 1; k < j; k++) {
			const [x, y] = points[k]!;
			const d = len ? Math.abs(dy * (x - x1) - dx * (y - y1)) / len : Math.hypot(x - x1, y - y1);
			if (d > best) {
				best = d;
				at = k;
			}
		}
		if (best > tolerance) {
			keep[at] = 1;
			visit(i, at);
			visit(at, j);
		}
	};
	const first = points[0]!;
	const last = points[n - 1]!;
	if (first[0] === last[0] && first[1] === last[1]) {
		// A closed arc (a whole ring): split it at the point farthest from its start.
		let far = 1;
		for (let k = 2; k < n - 1; k++) {
			if (
				Math.hypot(points[k]![0] - first[0], points[k]![1] - first[1]) >
				Math.hypot(points[far]![0] - first[0], points[far]![1] - first[1])
			)
				far = k;
		}
		keep[far] = 1;
		visit(0, far);
		visit(far, n - 1);
	} else visit(0, n - 1);
	const out: number[] = [];
	keep.forEach((k, i) => k && out.push(i));
	return out;
}

/**
 * A copy of the topology with every arc simplified in the projection's screen space. Shared
 * arcs are simplified once, so the borders of neighbours stay identical.
 */
export function simplifyTopology(
	topology: Topology,
	projection: GeoProjection,
	tolerance: number
): Topology {
	const arcs = decodeArcs(topology).map((arc) => {
		if (tolerance <= 0) return arc;
		const screen = arc.map(
			(p): [number, number] => projection(p as [number, number]) ?? [NaN, NaN]
		);
		return douglasPeucker(screen, tolerance).map((i) => arc[i]!);
	});
	// Coordinates are now plain longitude/latitude, so the quantization transform is dropped.
	return { type: 'Topology', bbox: topology.bbox, objects: topology.objects, arcs } as Topology;
}

/** Projected area of a ring in square pixels (unsigned). */
function ringArea(ring: Position[], projection: GeoProjection): number {
	let a = 0;
	const pts = ring.map((p) => projection(p as [number, number])!);
	for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
		a += pts[j]![0] * pts[i]![1] - pts[i]![0] * pts[j]![1];
	}
	return Math.abs(a / 2);
}

/** Drops islands that simplification left smaller than `minArea` px² (never a unit's last polygon). */
function dropSpecks(f: RegionFeature, projection: GeoProjection, minArea: number): RegionFeature {
	if (f.geometry.type !== 'MultiPolygon') return f;
	const polygons = f.geometry.coordinates.filter(
		(poly) => poly[0]!.length >= 4 && ringArea(poly[0]!, projection) >= minArea
	);
	const kept = polygons.length ? polygons : f.geometry.coordinates;
	return { ...f, geometry: { type: 'MultiPolygon', coordinates: kept } };
}

/** The projection fitted so that the national outline fills the box less its padding. */
export function fitProjection(topology: Topology, options: ProjectOptions): GeoProjection {
	const padding = options.padding ?? 8;
	return kazakhstanProjection().fitExtent(
		[
			[padding, padding],
			[options.width - padding, options.height - padding]
		],
		feature(topology, topology.objects.country!)
	);
}

export function projectRegions(topology: Topology, options: ProjectOptions): MapGeometry {
	const { width, height } = options;
	const tolerance = options.tolerance ?? TOLERANCE;
	const projection = fitProjection(topology, options);
	const simple = simplifyTopology(topology, projection, tolerance);
	const context = new CompactPath();
	const path = geoPath(projection, context);
	/** Compact path data of a feature or mesh (see compact-path.ts): one decimal, relative steps. */
	const draw = (object: Parameters<typeof path>[0]) => {
		path(object);
		return context.result();
	};
	const regions = regionFeatures(simple).map((raw): RegionShape => {
		const f = dropSpecks(raw, projection, 0.5);
		const [x0, y0, x1, y1] = path.bounds(f).flat().map(round2) as [number, number, number, number];
		const [cx, cy] = path.centroid(f).map(round2) as [number, number];
		return {
			id: f.properties.id,
			name: f.properties.name_en,
			kind: f.properties.kind,
			d: draw(f),
			centroid: [cx, cy],
			bounds: [
				[x0, y0],
				[x1, y1]
			]
		};
	});
	return {
		width,
		height,
		regions,
		borders: draw(mesh(simple, regionsObject(simple), (a, b) => a !== b)),
		outline: draw(feature(simple, simple.objects.country!))
	};
}
