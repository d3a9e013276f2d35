/** Lays out legend items in rows that wrap at a given width, for legends drawn inside a chart's SVG. */
export interface LegendItem {
	key: string;
	label: string;
	colour: string;
	/** 'ring' for an outlined swatch (single-mandate seats), 'dot' otherwise. */
	shape?: 'dot' | 'ring' | 'square';
}

export interface PlacedLegendItem extends LegendItem {
	x: number;
	y: number;
}

/** A conservative width estimate for 12px system-ui text; SVG text cannot be measured on the server. */
export function textWidth(text: string, fontSize = 12): number {
	return text.length * fontSize * 0.58;
}

export function layoutLegend(
	items: LegendItem[],
	width: number,
	options: { x?: number; y?: number; rowHeight?: number } = {}
) {
	const x0 = options.x ?? 12;
	const rowHeight = options.rowHeight ?? 20;
	let x = x0;
	let y = options.y ?? 0;
	const placed: PlacedLegendItem[] = items.map((item) => {
		const w = 16 + textWidth(item.label) + 16;
		if (x > x0 && x + w > width - 8) {
			x = x0;
			y += rowHeight;
		}
		const p = { ...item, x, y };
		x += w;
		return p;
	});
	return { items: placed, height: items.length ? y - (options.y ?? 0) + rowHeight : 0 };
}
