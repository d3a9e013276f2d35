import { error } from '@sveltejs/kit';
import { CHARTS, chartById } from '$lib/charts/registry.server';
import { chartCsv, standaloneSvg, svgToPng } from '$lib/export/render.server';
import { getDataset } from '$lib/server/data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

const FORMATS = {
	svg: 'image/svg+xml; charset=utf-8',
	png: 'image/png',
	csv: 'text/csv; charset=utf-8'
} as const;

export const entries: EntryGenerator = () =>
	CHARTS.flatMap((c) => Object.keys(FORMATS).map((format) => ({ id: c.id, format })));

/** The chart in its default state as a standalone file: /charts/<id>.svg, .png (2×) or .csv. */
export const GET: RequestHandler = ({ params }) => {
	const chart = chartById(params.id);
	const format = params.format as keyof typeof FORMATS;
	if (!chart || !(format in FORMATS)) error(404, `No chart file ${params.id}.${params.format}`);
	const data = getDataset();
	const body =
		format === 'csv'
			? chartCsv(chart, data)
			: format === 'png'
				? new Uint8Array(svgToPng(standaloneSvg(chart, data)))
				: standaloneSvg(chart, data);
	return new Response(body, { headers: { 'content-type': FORMATS[format] } });
};
