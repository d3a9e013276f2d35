/** Lays out legend items in rows that wrap at a given width, for legends drawn inside a chart's SVG. */
import { textWidth, wrapText } from './wrap';
import { round2 } from './round';
export interface LegendItem {
	key: string;
	label: string;
	colour: string;
	/**
	 * 'ring' for an outlined dot (single-mandate seats), 'outline' for an outlined square (an
	 * outlined bar), 'dot' otherwise.
	 */
	shape?: 'dot' | 'ring' | 'square' | 'outline';
}

export interface PlacedLegendItem extends LegendItem {
	x: number;
	y: number;
}

export interface PlacedNote {
	lines: { text: string; y: number }[];
	fontSize: number;
	/** Height the note takes, including the gap above it. */
	height: number;
}

/**
 * A footnote under a chart, wrapped to its width, for the standalone file (on the page the figure
 * shows notes as HTML). `y` is where the note's space starts.
 */
export function layoutNote(text: string, width: number, y: number, fontSize = 12): PlacedNote {
	const lineHeight = Math.round(fontSize * 1.35);
	const lines = wrapText(text, width - 24, fontSize).map((line, i) => ({
		text: line,
		y: y + 8 + fontSize + i * lineHeight
	}));
	return { lines, fontSize, height: lines.length ? 14 + lines.length * lineHeight : 0 };
}

/** The chart's data with a footnote placed under its drawing (see layoutNote). */
export function withNote<T extends { width: number; height: number }>(
	data: T,
	text: string,
	fontSize = 12
): T & { note: PlacedNote } {
	return { ...data, note: layoutNote(text, data.width, data.height, fontSize) };
}

export function layoutLegend(
	items: LegendItem[],
	width: number,
	options: { x?: number; y?: number; rowHeight?: number; fontSize?: number } = {}
) {
	const x0 = options.x ?? 12;
	const fontSize = options.fontSize ?? 12;
	const rowHeight = options.rowHeight ?? Math.round(fontSize * 1.67);
	let x = x0;
	let y = options.y ?? 0;
	const placed: PlacedLegendItem[] = items.map((item) => {
		const w = fontSize + 4 + textWidth(item.label, fontSize) + 16;
		if (x > x0 && x + w > width - 8) {
			x = x0;
			y += rowHeight;
		}
		const p = { ...item, x: round2(x), y: round2(y) };
		x += w;
		return p;
	});
	return { items: placed, height: items.length ? y - (options.y ?? 0) + rowHeight : 0 };
}
