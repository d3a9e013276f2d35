import { error } from '@sveltejs/kit';
import { CHARTS, chartById } from '$lib/charts/registry.server';
import { chartCsv, standaloneSvg, svgToPng } from '$lib/export/render.server';
import { getDataset } from '$lib/server/data';
import { LANGS, parseChartFormat } from '$lib/i18n/lang';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

const FORMATS = {
	svg: 'image/svg+xml; charset=utf-8',
	png: 'image/png',
	csv: 'text/csv; charset=utf-8'
} as const;

/** Every chart in every language: /charts/<id>.svg in English, /charts/<id>.kk.svg, /charts/<id>.ru.svg. */
export const entries: EntryGenerator = () =>
	CHARTS.flatMap((c) =>
		LANGS.flatMap((lang) =>
			Object.keys(FORMATS).map((format) => ({
				id: c.id,
				format: lang === 'en' ? format : `${lang}.${format}`
			}))
		)
	);

/**
 * The chart in its default state as a standalone file: /charts/<id>.svg, .png (2×) or .csv, and
 * the same in Kazakh or Russian at /charts/<id>.kk.svg or /charts/<id>.ru.svg.
 */
export const GET: RequestHandler = ({ params }) => {
	const chart = chartById(params.id);
	const parsed = parseChartFormat(params.format);
	const format = parsed?.format as keyof typeof FORMATS;
	if (!chart || !parsed || !(format in FORMATS))
		error(404, `No chart file ${params.id}.${params.format}`);
	const { lang } = parsed;
	const data = getDataset();
	const body =
		format === 'csv'
			? chartCsv(chart, data, lang)
			: format === 'png'
				? new Uint8Array(svgToPng(standaloneSvg(chart, data, lang)))
				: standaloneSvg(chart, data, lang);
	return new Response(body, { headers: { 'content-type': FORMATS[format] } });
};
