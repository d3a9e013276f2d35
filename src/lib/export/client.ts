/**
 * Export of a chart in the state the user chose (another comparison pair, another map layer):
 * the chart's own component rendered in standalone mode, off screen, then saved as SVG, drawn
 * at 2× into a canvas for PNG, or its table saved as CSV. Browser only.
 */
import { flushSync, mount, unmount, type Component } from 'svelte';

const XML_PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Renders `component` with `standalone: true` outside the page and returns the SVG file text. */
export function standaloneFromComponent<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P
): string {
	const host = document.createElement('div');
	const app = mount(component, { target: host, props: { ...props, standalone: true } });
	flushSync();
	const svg = host.querySelector('svg');
	if (!svg) throw new Error('The chart rendered no <svg>');
	const text = new XMLSerializer().serializeToString(svg).replace(/<!--[^]*?-->/g, '');
	unmount(app);
	return `${XML_PROLOG}${text}\n`;
}

export function saveBlob(blob: Blob, filename: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Draws an SVG file at `scale` × its size into a canvas and returns it as PNG. */
export async function svgToPngBlob(svg: string, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(img.naturalWidth * scale);
		canvas.height = Math.round(img.naturalHeight * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('No 2D canvas');
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
