/** The value axis shared by Sailau's horizontal bar charts. Runs at build time. */
import { scaleLinear } from 'd3-scale';
import { round2 } from './round';

export interface Tick {
	value: number;
	x: number;
}

export interface BarScale {
	/** Position of a value, rounded to 2 decimals. */
	x: (v: number) => number;
	/** Domain end: the largest value rounded up to the next 10. */
	max: number;
	ticks: Tick[];
}

/** A linear scale from 0 (at x0) to the largest value rounded up to a multiple of 10 (at x1). */
export function barScale(largest: number, x0: number, x1: number, tickCount = 4): BarScale {
	const max = Math.max(10, Math.ceil(largest / 10) * 10);
	const scale = scaleLinear().domain([0, max]).range([x0, x1]);
	const x = (v: number) => round2(scale(v));
	return { x, max, ticks: scale.ticks(tickCount).map((value) => ({ value, x: x(value) })) };
}
