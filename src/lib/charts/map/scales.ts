/**
 * Colour scales of the regional map, and the ramp legend drawn inside the map's SVG.
 *
 * Turnout uses ColorBrewer's YlGnBu (light yellow to dark blue), a sequential scheme whose
 * lightness falls steadily, so it reads in greyscale and for every common colour-vision
 * deficiency: more turnout, darker. Change uses PuOr, a diverging scheme that is safe for
 * colour-blind readers: falls in orange, rises in purple, no change in near-white.
 */
import { scaleDiverging, scaleSequential } from 'd3-scale';
import { interpolatePuOr, interpolateYlGnBu } from 'd3-scale-chromatic';

export type ColourScale = ((v: number) => string) & { domain(): number[] };

/** "rgb(12, 34, 56)" or "#0c2238" to "#0c2238". */
export function toHex(colour: string): string {
	if (colour.startsWith('#')) return colour.toLowerCase();
	const m = colour.match(/\d+(\.\d+)?/g);
	if (!m || m.length < 3) throw new Error(`Not a colour: ${colour}`);
	return `#${m
		.slice(0, 3)
		.map((c) => Math.round(Number(c)).toString(16).padStart(2, '0'))
		.join('')}`;
}

/** WCAG relative luminance of a hex colour, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark text on light fills, white on dark ones: whichever has the higher contrast. */
export function textOn(fill: string): string {
	return luminance(fill) > 0.179 ? '#1a1f24' : '#ffffff';
}

/** Rounds a domain outwards to multiples of `step`. */
function outward(lo: number, hi: number, step: number): [number, number] {
	return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

/**
 * Turnout in percent to a colour. The domain runs from the lowest to the highest value, each
 * rounded outwards to 5 points, so the ends of the legend are round numbers.
 */
export function turnoutScale(values: number[]): ColourScale {
	const domain = outward(Math.min(...values), Math.max(...values), 5);
	// Start a little into the scheme, so the lightest fill still stands out from the white page.
	const s = scaleSequential((t: number) => interpolateYlGnBu(0.08 + 0.92 * t)).domain(domain);
	const colour = ((v: number) => toHex(s(v))) as ColourScale;
	colour.domain = () => s.domain();
	return colour;
}

/** Change in percentage points to a colour, symmetric around 0 (no change). */
export function changeScale(values: number[]): ColourScale {
	const m = Math.ceil(Math.max(...values.map(Math.abs), 1) / 5) * 5;
	// PuOr runs from purple (0) to orange (1); falls are drawn orange.
	const s = scaleDiverging((t: number) => interpolatePuOr(1 - t)).domain([-m, 0, m]);
	const colour = ((v: number) => toHex(s(v))) as ColourScale;
	colour.domain = () => s.domain();
	return colour;
}

export interface RampLegend {
	title: string;
	x: number;
	y: number;
	width: number;
	height: number;
	/** Strips of colour, left to right. */
	strips: { x: number; width: number; fill: string }[];
	ticks: { x: number; label: string }[];
	/** One short mark per unit's value under the ramp, so the legend shows the spread. */
	marks: { x: number; id: string }[];
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * A ramp legend: `steps` strips spanning the scale's domain, ticks every `tick` units, and a
 * mark for each value.
 */
export function rampLegend(
	scale: ColourScale,
	options: {
		title: string;
		x: number;
		y: number;
		width: number;
		height?: number;
		steps?: number;
		tick: number;
		format: (v: number) => string;
		values?: { id: string; value: number }[];
	}
): RampLegend {
	const d = scale.domain();
	const lo = d[0]!;
	const hi = d[d.length - 1]!;
	const steps = options.steps ?? 36;
	const { x, width } = options;
	const at = (v: number) => r2(x + ((v - lo) / (hi - lo)) * width);
	const strip = width / steps;
	const strips = Array.from({ length: steps }, (_, i) => ({
		x: r2(x + i * strip),
		// Overlap by a hair so no seam shows between strips.
		width: r2(strip + 0.5),
		fill: scale(lo + ((i + 0.5) / steps) * (hi - lo))
	}));
	const ticks: RampLegend['ticks'] = [];
	for (let v = Math.ceil(lo / options.tick) * options.tick; v <= hi + 1e-9; v += options.tick) {
		ticks.push({ x: at(v), label: options.format(v) });
	}
	return {
		title: options.title,
		x,
		y: options.y,
		width,
		height: options.height ?? 10,
		strips,
		ticks,
		marks: (options.values ?? []).map((v) => ({ id: v.id, x: at(v.value) }))
	};
}
