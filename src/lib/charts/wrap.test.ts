import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './wrap';

describe('wrapText', () => {
	it('breaks at spaces so that no line is wider than the width (at 6.38 px a character)', () => {
		// 11 px text: 0.58 × 11 = 6.38 px a character, so 64 px hold 10 characters.
		expect(wrapText('one two three four five', 64)).toEqual(['one two', 'three four', 'five']);
	});

	it('keeps a short text on one line, and a long word on a line of its own', () => {
		expect(wrapText('CEC, 27 Mar 2023', 400)).toEqual(['CEC, 27 Mar 2023']);
		expect(wrapText('a verylongwordindeed b', 30)).toEqual(['a', 'verylongwordindeed', 'b']);
		expect(wrapText('', 100)).toEqual([]);
	});
});

describe('textWidth', () => {
	it('counts Cyrillic letters wider than Latin ones (0.64 against 0.58 of the font size)', () => {
		expect(textWidth('Party', 10)).toBeCloseTo(29, 6);
		expect(textWidth('Партия', 10)).toBeCloseTo(38.4, 6);
		expect(textWidth('Ак жол 6', 10)).toBeCloseTo(8 * 5.8 + 5 * 0.6, 6);
	});
});
