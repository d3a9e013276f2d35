import { describe, expect, it } from 'vitest';
import { contrast, luminance, textOn, tint } from './contrast';

describe('contrast', () => {
	it('computes WCAG luminance and contrast ratios', () => {
		expect(luminance('#ffffff')).toBe(1);
		expect(luminance('#000000')).toBe(0);
		expect(contrast('#ffffff', '#000000')).toBe(21);
		expect(contrast('#0077BB', '#ffffff')).toBeCloseTo(4.82, 2);
	});
	it('picks white on dark fills and dark text on light ones', () => {
		expect(textOn('#0077BB')).toBe('#ffffff');
		expect(textOn('#009988')).toBe('#1a1f24');
		expect(textOn('#33BBEE')).toBe('#1a1f24');
	});
	it('refuses a colour it cannot read', () => {
		expect(() => luminance('blue')).toThrow(/"blue"/);
	});
	it('mixes a colour with white', () => {
		expect(tint('#0077BB', 1)).toBe('#0077bb');
		expect(tint('#0077BB', 0)).toBe('#ffffff');
		expect(tint('#0077BB', 0.25)).toBe('#bfddee');
	});
});
