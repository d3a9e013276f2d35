import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap';

describe('wrapText', () => {
	it('keeps a line that fits whole', () => {
		expect(wrapText('Seats won and lost', 400, 11)).toEqual(['Seats won and lost']);
		expect(wrapText('', 400, 11)).toEqual(['']);
	});

	it('breaks between words so that every line fits the width', () => {
		const text =
			'Astana Times (CEC final results, 2021) (2021-01-12); Astana Times (2021-01); Vlast.kz (CEC)';
		const lines = wrapText(text, 200, 11);
		expect(lines.join(' ')).toBe(text);
		expect(lines).toEqual([
			'Astana Times (CEC final',
			'results, 2021) (2021-01-12);',
			'Astana Times (2021-01);',
			'Vlast.kz (CEC)'
		]);
		// 11px × 0.58 per character: 200px holds 31 characters.
		for (const l of lines) expect(l.length * 11 * 0.58).toBeLessThanOrEqual(200);
	});

	it('gives a word longer than the width a line of its own rather than cutting it', () => {
		expect(wrapText('a https://example.org/a/very/long/address b', 60, 11)).toEqual([
			'a',
			'https://example.org/a/very/long/address',
			'b'
		]);
	});

	it('allows for bold text being wider', () => {
		expect(wrapText('Amanat, 2004–2023: seats, votes', 330, 18)).toHaveLength(1);
		expect(wrapText('Amanat, 2004–2023: seats, votes', 330, 18, true)).toHaveLength(2);
	});
});
