import { describe, expect, it } from 'vitest';
import { changeScale, luminance, rampLegend, textOn, toHex, turnoutScale } from './scales';

describe('colour helpers', () => {
	it('converts rgb() to hex and measures luminance', () => {
		expect(toHex('rgb(255, 255, 217)')).toBe('#ffffd9');
		expect(toHex('#ABCDEF')).toBe('#abcdef');
		expect(luminance('#ffffff')).toBe(1);
		expect(luminance('#000000')).toBe(0);
		expect(luminance('#808080')).toBeCloseTo(0.2159, 4);
	});

	it('puts dark text on light fills and white text on dark ones', () => {
		expect(textOn('#ffffd9')).toBe('#1a1f24');
		expect(textOn('#081d58')).toBe('#ffffff');
	});
});

describe('turnoutScale', () => {
	const scale = turnoutScale([25.82, 42.91, 67.21]);

	it('rounds the domain outwards to 5 points', () => {
		expect(scale.domain()).toEqual([25, 70]);
	});

	it('runs from light yellow to dark blue, darker for every higher value', () => {
		expect(scale(25)).toBe('#f3fac1');
		expect(scale(70)).toBe('#081d58');
		let last = Infinity;
		for (let v = 25; v <= 70; v += 0.5) {
			const l = luminance(scale(v));
			expect(l).toBeLessThan(last);
			last = l;
		}
	});
});

describe('changeScale', () => {
	const scale = changeScale([-18.18, -0.8, -4.48]);

	it('is symmetric around zero, rounded out to 5 points', () => {
		expect(scale.domain()).toEqual([-20, 0, 20]);
	});

	it('draws falls in orange, rises in purple and no change near white', () => {
		expect(scale(-20)).toBe('#7f3b08');
		expect(scale(20)).toBe('#2d004b');
		expect(scale(0)).toBe('#f3eeea');
	});
});

describe('rampLegend', () => {
	it('lays strips, ticks and one mark per value across the width', () => {
		const scale = turnoutScale([30, 70]);
		const ramp = rampLegend(scale, {
			title: 'Turnout',
			x: 10,
			y: 100,
			width: 200,
			steps: 4,
			tick: 10,
			format: String,
			values: [
				{ id: 'a', value: 30 },
				{ id: 'b', value: 65 }
			]
		});
		expect(ramp.strips.map((s) => s.x)).toEqual([10, 60, 110, 160]);
		expect(ramp.strips.map((s) => s.width)).toEqual([50.5, 50.5, 50.5, 50.5]);
		expect(ramp.strips[0]!.fill).toBe(scale(35));
		expect(ramp.ticks).toEqual([
			{ x: 10, label: '30' },
			{ x: 60, label: '40' },
			{ x: 110, label: '50' },
			{ x: 160, label: '60' },
			{ x: 210, label: '70' }
		]);
		expect(ramp.marks).toEqual([
			{ id: 'a', x: 10 },
			{ id: 'b', x: 185 }
		]);
	});
});
