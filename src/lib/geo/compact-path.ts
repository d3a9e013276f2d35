/**
 * SVG path data as short as it can be written for a map: every point rounded to a tenth of a
 * pixel, as `geoPath().digits(1)` does, but after the first point of a ring each one is written
 * as its step from the last ("l.3-1.2" rather than "L607.9,111.6"), with no separator where the
 * number itself ends the previous one. The same points in less than half the bytes, before and
 * after gzip: the regional maps are the heaviest part of the pages that show them.
 */

import type { GeoContext } from 'd3-geo';

/** One tenth of a pixel as text: 12 → "1.2", -3 → "-.3", 0 → "0". */
function tenths(v: number): string {
	const s = String(Math.abs(v) / 10).replace(/^0\./, '.');
	return v < 0 ? `-${s}` : s;
}

/** A path context for d3-geo's geoPath (moveTo, lineTo, closePath) writing compact path data. */
export class CompactPath implements GeoContext {
	#out = '';
	/** Last point, in tenths of a pixel. */
	#x = 0;
	#y = 0;
	/** Whether the last command was a line, so that the next step needs no "l". */
	#inLine = false;
	/** Whether the last number written has a decimal point ("1.2.3" reads as 1.2 and .3). */
	#lastDot = false;

	#number(s: string, first: boolean) {
		const needsSpace = !first && s[0] !== '-' && !(s[0] === '.' && this.#lastDot);
		this.#out += (needsSpace ? ' ' : '') + s;
		this.#lastDot = s.includes('.');
	}

	moveTo(x: number, y: number) {
		this.#x = Math.round(x * 10);
		this.#y = Math.round(y * 10);
		this.#out += 'M';
		this.#number(tenths(this.#x), true);
		this.#number(tenths(this.#y), false);
		this.#inLine = false;
	}

	lineTo(x: number, y: number) {
		const X = Math.round(x * 10);
		const Y = Math.round(y * 10);
		const first = !this.#inLine;
		if (first) this.#out += 'l';
		this.#number(tenths(X - this.#x), first);
		this.#number(tenths(Y - this.#y), false);
		this.#x = X;
		this.#y = Y;
		this.#inLine = true;
	}

	closePath() {
		this.#out += 'z';
		this.#inLine = false;
	}

	/** A new path: nothing to write (each ring starts with its own moveTo). */
	beginPath() {}

	/** Unused by polygons and lines; required by the context's shape. */
	arc() {
		throw new Error('CompactPath draws no points (arcs)');
	}

	/** The path data written so far, and a fresh start. */
	result(): string {
		const d = this.#out;
		this.#out = '';
		this.#inLine = false;
		return d;
	}
}

/**
 * The absolute points of path data written by CompactPath (M, l, z only), for tests and for
 * anything that needs coordinates back.
 */
export function pathPoints(d: string): { cmd: 'M' | 'L' | 'Z'; x: number; y: number }[] {
	const out: { cmd: 'M' | 'L' | 'Z'; x: number; y: number }[] = [];
	let x = 0;
	let y = 0;
	let start = { x, y };
	for (const [, cmd, args] of d.matchAll(/([MLlZz])([^MLlZz]*)/g)) {
		const nums = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
		if (cmd === 'z' || cmd === 'Z') {
			// Closing a ring goes back to its first point.
			({ x, y } = start);
			out.push({ cmd: 'Z', x, y });
			continue;
		}
		for (let i = 0; i < nums.length; i += 2) {
			const rel = cmd === 'l';
			x = Math.round(((rel ? x : 0) + nums[i]!) * 10) / 10;
			y = Math.round(((rel ? y : 0) + nums[i + 1]!) * 10) / 10;
			if (cmd === 'M' && i === 0) start = { x, y };
			out.push({ cmd: cmd === 'M' && i === 0 ? 'M' : 'L', x, y });
		}
	}
	return out;
}
