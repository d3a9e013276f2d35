import { describe, expect, it } from 'vitest';
import { MAX_HEIGHT, heightOf } from './guard.js';

const ORIGIN = 'https://sailau.example';
const good = { type: 'sailau:height', id: 'hemicycle-2023', height: 512.3 };
const msg = (data: unknown, origin = ORIGIN) => ({ origin, data });

describe('heightOf (the message guard of /embed.js)', () => {
	it('accepts the expected shape from the Sailau origin, rounded up', () => {
		expect(heightOf(msg(good), ORIGIN)).toBe(513);
		expect(heightOf(msg({ ...good, height: MAX_HEIGHT }), ORIGIN)).toBe(MAX_HEIGHT);
	});

	it('ignores any other origin, even a near one', () => {
		for (const origin of [
			'https://evil.example',
			'http://sailau.example',
			'https://sailau.example.evil',
			'null',
			''
		])
			expect(heightOf(msg(good, origin), ORIGIN), origin).toBeNull();
	});

	it('ignores a wrong type or a missing id', () => {
		expect(heightOf(msg({ ...good, type: 'height' }), ORIGIN)).toBeNull();
		expect(heightOf(msg({ type: 'sailau:height', height: 300 }), ORIGIN)).toBeNull();
		expect(heightOf(msg({ ...good, id: '' }), ORIGIN)).toBeNull();
		expect(heightOf(msg({ ...good, id: 7 }), ORIGIN)).toBeNull();
	});

	it('ignores a height that is not a finite positive number below the cap', () => {
		for (const height of [NaN, Infinity, -1, 0, MAX_HEIGHT + 1, 1e9, '300', null, undefined])
			expect(heightOf(msg({ ...good, height }), ORIGIN), String(height)).toBeNull();
	});

	it('ignores data that is not an object', () => {
		for (const data of [null, undefined, 'sailau:height', 300, true, ['sailau:height']])
			expect(heightOf(msg(data), ORIGIN), JSON.stringify(data)).toBeNull();
	});
});
