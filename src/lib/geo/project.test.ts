import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { realDataset } from '$lib/data/fixtures';
import {
	douglasPeucker,
	fitProjection,
	projectRegions,
	regionFeatures,
	simplifyTopology,
	TOLERANCE
} from './project';

const { topology } = realDataset();
const W = 720;
const H = 420;
const geo = projectRegions(topology, { width: W, height: H });

describe('douglasPeucker', () => {
	it('keeps the ends and every point farther than the tolerance from the line', () => {
		const line: [number, number][] = [
			[0, 0],
			[1, 0.1],
			[2, -0.1],
			[3, 5],
			[4, 0.2],
			[5, 0]
		];
		// Distances: point 2 is 1.77 from the line 0–3, point 4 is 0.85 from 3–5, point 1 is 0.15 from 0–2.
		expect(douglasPeucker(line, 2)).toEqual([0, 3, 5]);
		expect(douglasPeucker(line, 1)).toEqual([0, 2, 3, 5]);
		expect(douglasPeucker(line, 0.5)).toEqual([0, 2, 3, 4, 5]);
		expect(douglasPeucker(line, 0.1)).toEqual([0, 1, 2, 3, 4, 5]);
	});

	it('splits a closed ring at its farthest point so it stays a ring', () => {
		const square: [number, number][] = [
			[0, 0],
			[10, 0],
			[10, 10],
			[0, 10],
			[0, 0]
		];
		expect(douglasPeucker(square, 1)).toEqual([0, 1, 2, 3, 4]);
	});
});

describe('the 20 units, projected', () => {
	it('has 20 features, each wound so that it covers a small area, not the rest of the globe', () => {
		const projection = fitProjection(topology, { width: W, height: H });
		for (const topo of [topology, simplifyTopology(topology, projection, TOLERANCE)]) {
			const features = regionFeatures(topo);
			expect(features).toHaveLength(20);
			for (const f of features) {
				const area = geoArea(f);
				expect(area, f.properties.id).toBeGreaterThan(0);
				// Kazakhstan covers about 2.7 million km², 0.5% of the sphere (4π sr): far below 2π.
				expect(area, f.properties.id).toBeLessThan(0.01);
			}
		}
	});

	it('draws a non-empty path for every unit inside the W × H box', () => {
		expect(geo.regions).toHaveLength(20);
		for (const r of geo.regions) {
			expect(r.d, r.id).toMatch(/^M[\d.]+ [\d.]+l/);
			const [[x0, y0], [x1, y1]] = r.bounds;
			expect(x0, r.id).toBeGreaterThanOrEqual(0);
			expect(y0, r.id).toBeGreaterThanOrEqual(0);
			expect(x1, r.id).toBeLessThanOrEqual(W);
			expect(y1, r.id).toBeLessThanOrEqual(H);
			expect(x1 - x0, r.id).toBeGreaterThan(3);
		}
		expect(geo.borders.length).toBeGreaterThan(1000);
		expect(geo.outline.length).toBeGreaterThan(1000);
	});

	it('fits the country to the box: full width, centred vertically', () => {
		const xs = geo.regions.flatMap((r) => [r.bounds[0][0], r.bounds[1][0]]);
		const ys = geo.regions.flatMap((r) => [r.bounds[0][1], r.bounds[1][1]]);
		expect(Math.min(...xs)).toBe(8);
		expect(Math.max(...xs)).toBeCloseTo(712, 0);
		expect(Math.min(...ys)).toBeCloseTo(H - Math.max(...ys), 0);
	});

	it('keeps coordinates to one decimal', () => {
		for (const r of geo.regions) expect(r.d).not.toMatch(/\.\d\d/);
	});

	it('puts the three cities where they are: Astana north of Almaty, Shymkent west of Almaty', () => {
		const at = (id: string) => geo.regions.find((r) => r.id === id)!.centroid;
		expect(
			geo.regions
				.filter((r) => r.kind === 'city')
				.map((r) => r.id)
				.sort()
		).toEqual(['KZ-71', 'KZ-75', 'KZ-79']);
		expect(at('KZ-71')[1]).toBeLessThan(at('KZ-75')[1]);
		expect(at('KZ-79')[0]).toBeLessThan(at('KZ-75')[0]);
	});

	it('makes the page small: simplification cuts the path data by more than half', () => {
		const full = projectRegions(topology, { width: W, height: H, tolerance: 0 });
		const size = (g: typeof geo) =>
			g.regions.reduce((s, r) => s + r.d.length, 0) + g.borders.length + g.outline.length;
		expect(size(geo)).toBeLessThan(size(full) / 2);
		expect(size(geo)).toBeLessThan(90_000);
	});
});
