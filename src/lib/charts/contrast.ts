/** Colour contrast (WCAG 2), to pick a readable text colour for a label drawn on a coloured fill. */
const DARK = '#1a1f24';
const LIGHT = '#ffffff';

function channel(c: number): number {
	const s = c / 255;
	return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) throw new Error(`expected a #rrggbb colour, got "${hex}"`);
	const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => channel(parseInt(h, 16)));
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

/** White text if it reaches 4.5:1 on `fill`, otherwise the page's dark text colour. */
export function textOn(fill: string): string {
	return contrast(LIGHT, fill) >= 4.5 ? LIGHT : DARK;
}

/** `hex` mixed with white: `amount` 1 is the colour itself, 0 is white. An opaque pale tint. */
export function tint(hex: string, amount: number): string {
	luminance(hex); // validates
	const mix = (i: number) =>
		Math.round(parseInt(hex.slice(i, i + 2), 16) * amount + 255 * (1 - amount))
			.toString(16)
			.padStart(2, '0');
	return `#${mix(1)}${mix(3)}${mix(5)}`;
}
