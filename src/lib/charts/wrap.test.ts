import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap';

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
