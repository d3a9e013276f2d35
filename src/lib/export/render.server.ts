/**
 * The standalone files of a chart: SVG from the chart's own component (standalone mode),
 * PNG from that SVG with resvg (an independent renderer, no browser), CSV from its table.
 * Used by the /charts/ endpoints and by `npm run export`, so both write the same bytes.
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { Dataset, Lang } from '$lib/data/types';
import type { ChartDefinition } from '$lib/charts/registry.server';
import type { ChartMeta } from '$lib/charts/ChartSvg.svelte';
import { toCsv } from './csv';
import { exportFontOptions } from './font.server';

/**
 * A chart component's markup, rendered on the server: on the page (`standalone` false) or as a
 * file. Svelte's hydration markers are HTML comments: they mean nothing where nothing hydrates.
 */
export function renderChart(
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	component: Component<any>,
	props: Record<string, unknown>,
	standalone: boolean
): string {
	const { body } = render(component, { props: { ...props, standalone } });
	return body.replace(/<!--[^]*?-->/g, '');
}

export function standaloneSvg(chart: ChartDefinition, data: Dataset, lang: Lang = 'en'): string {
	const props = chart.props(data, lang);
	// The file's own lines (source, licence) follow the file's language even where the chart's
	// builder does not yet take one.
	const meta = { ...(props.meta as ChartMeta), lang };
	return `<?xml version="1.0" encoding="UTF-8"?>\n${renderChart(chart.component, { ...props, meta }, true)}\n`;
}

const pngOptions = (scale: number): ResvgRenderOptions => ({
	fitTo: { mode: 'zoom', value: scale },
	font: exportFontOptions()
});

/** Drawn with the shipped font only (./fonts), never the machine's: the same bytes everywhere. */
export function svgToPng(svg: string, scale = 2): Buffer {
	return new Resvg(svg, pngOptions(scale)).render().asPng();
}

/** svgToPng drawn on one of libuv's threads (resvg's renderAsync): the same bytes. */
export async function svgToPngAsync(svg: string, scale = 2): Promise<Buffer> {
	return (await renderAsync(svg, pngOptions(scale))).asPng();
}

export function chartCsv(chart: ChartDefinition, data: Dataset, lang: Lang = 'en'): string {
	return toCsv(chart.table(data, lang));
}
