import { describe, expect, it } from 'vitest';
import { layoutLegend, layoutNote } from './legend';
import { round2 } from './round';
import { textWidth, wrapText } from './wrap';

describe('legend layout', () => {
	it('estimates text width from the number of characters and the size', () => {
		expect(textWidth('abcd')).toBeCloseTo(27.84);
		expect(textWidth('abcd', 14)).toBeCloseTo(32.48);
	});

	it('wraps items onto a new row when the next one would cross the right edge', () => {
		const items = ['Amanat 63', 'Auyl 8', 'Respublica 6'].map((label) => ({
			key: label,
			label,
			colour: '#000'
		}));
		const { items: placed, height } = layoutLegend(items, 200, { y: 10 });
		expect(placed.map((p) => [p.x, p.y])).toEqual([
			[12, 10],
			[round2(12 + 16 + textWidth('Amanat 63') + 16), 10],
			[12, 30]
		]);
		expect(height).toBe(40);
	});

	it('scales swatch room and row height with the font size', () => {
		const items = [
			{ key: 'a', label: 'ab', colour: '#000' },
			{ key: 'b', label: 'cd', colour: '#000' }
		];
		const { items: placed, height } = layoutLegend(items, 400, { fontSize: 18 });
		expect(placed[1]!.x).toBeCloseTo(12 + 22 + textWidth('ab', 18) + 16);
		expect(height).toBe(30);
	});
});

describe('wrapText', () => {
	it('breaks at spaces so that no line is wider than asked', () => {
		const lines = wrapText('one two three four five six', 70, 12);
		expect(lines).toEqual(['one two', 'three four', 'five six']);
		for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(70);
	});
	it('keeps a word longer than the line whole, and returns nothing for empty text', () => {
		expect(wrapText('incomprehensibilities ok', 30)).toEqual(['incomprehensibilities', 'ok']);
		expect(wrapText('  ', 30)).toEqual([]);
	});
});

describe('layoutNote', () => {
	it('wraps a note to the chart width below a given y and reports its height', () => {
		const note = layoutNote('one two three four five six', 94, 100, 12);
		expect(note.lines).toEqual([
			{ text: 'one two', y: 120 },
			{ text: 'three four', y: 136 },
			{ text: 'five six', y: 152 }
		]);
		expect(note.height).toBe(14 + 3 * 16);
		expect(layoutNote('', 300, 0).height).toBe(0);
	});
});
