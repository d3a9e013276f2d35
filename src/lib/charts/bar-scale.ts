/** The value axis shared by Sailau's horizontal bar charts. Runs at build time. */
import { scaleLinear } from 'd3-scale';
import { layoutLegend, type LegendItem } from './legend';
import { round2 } from './round';

/** The frame the bar charts share: width, font size, bar height, row step, top margin. */
export const WIDTH = 400;
export const FONT = 13;
export const BAR = 20;
export const STEP = 30;
export const TOP = 28;
/** From a bar's top to the baseline of text centred on it. */
export const LABEL_DY = BAR / 2 + FONT / 3;
/** The grey of legend keys that stand for a kind of bar rather than a party. */
export const LEGEND_GREY = '#6b7680';

/** The legend laid out under the value axis, and the chart height that ends with it. */
export function legendUnderAxis(items: LegendItem[], axisY: number) {
	const legend = layoutLegend(items, WIDTH, { y: axisY + 14 + FONT, fontSize: FONT });
	return { items: legend.items, height: Math.round(axisY + 14 + legend.height) };
}

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
