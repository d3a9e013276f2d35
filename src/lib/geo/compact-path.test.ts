import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { realDataset } from '$lib/data/fixtures';
import { CompactPath, pathPoints } from './compact-path';
import { fitProjection, regionFeatures, simplifyTopology, TOLERANCE } from './project';

/** Points of absolute path data as d3 writes it with digits(1): "M1,2L3,4Z". */
function absolutePoints(d: string) {
	let start = { x: NaN, y: NaN };
	return [...d.matchAll(/([MLZ])([^MLZ]*)/g)].map(([, cmd, args]) => {
		if (cmd === 'Z') return { cmd, ...start };
		const [x, y] = args!.split(',').map(Number) as [number, number];
		if (cmd === 'M') start = { x, y };
		return { cmd: cmd as 'M' | 'L', x, y };
	});
}

describe('CompactPath', () => {
	it('writes steps, with no separator where a sign or a second point ends a number', () => {
		const c = new CompactPath();
		c.moveTo(607.61, 110.4);
		c.lineTo(607.7, 111.5);
		c.lineTo(608.5, 111.5);
		c.lineTo(607.9, 111.7);
		c.closePath();
		c.moveTo(1, 2);
		c.lineTo(11, 2);
		expect(c.result()).toBe('M607.6 110.4l.1 1.1.8 0-.6.2zM1 2l10 0');
		expect(c.result()).toBe('');
	});

	it('refuses to draw points', () => {
		expect(() => new CompactPath().arc()).toThrow(/no points/);
	});

	it('draws every unit, border and the outline at the same points as absolute paths', () => {
		const { topology } = realDataset();
		const projection = fitProjection(topology, { width: 720, height: 420 });
		const simple = simplifyTopology(topology, projection, TOLERANCE);
		const absolute = geoPath(projection).digits(1);
		const context = new CompactPath();
		const compact = geoPath(projection, context);
		const objects = [
			...regionFeatures(simple),
			mesh(simple, simple.objects.regions as never, (a, b) => a !== b),
			feature(simple, simple.objects.country!)
		];
		let before = 0;
		let after = 0;
		for (const object of objects) {
			const d = absolute(object as never)!;
			compact(object as never);
			const c = context.result();
			expect(pathPoints(c)).toEqual(absolutePoints(d));
			before += d.length;
			after += c.length;
		}
		expect(after).toBeLessThan(before * 0.65);
	});
});
