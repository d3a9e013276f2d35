#!/usr/bin/env node
// Writes every chart's default state to files, without a browser:
//   npm run export -- --out DIR [--format svg,png,csv]
// The files are rendered by the same code as the site's /charts/<id>.<format> files.
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';

const FORMATS = ['svg', 'png', 'csv'];

function fail(message, code = 2) {
	console.error(`export: ${message}`);
	process.exit(code);
}

let args;
try {
	args = parseArgs({
		options: { out: { type: 'string' }, format: { type: 'string', default: 'svg,png,csv' } },
		strict: true
	}).values;
} catch (e) {
	fail(`${e.message}\nusage: npm run export -- --out DIR [--format svg,png,csv]`);
}
if (!args.out)
	fail('--out DIR is required\nusage: npm run export -- --out DIR [--format svg,png,csv]');
const formats = args.format
	.split(',')
	.map((f) => f.trim().toLowerCase())
	.filter(Boolean);
const unknown = formats.filter((f) => !FORMATS.includes(f));
if (unknown.length || formats.length === 0)
	fail(`unknown format "${unknown.join(', ') || args.format}": choose from ${FORMATS.join(', ')}`);

const out = resolve(args.out);
try {
	mkdirSync(out, { recursive: true });
	accessSync(out, constants.W_OK);
} catch (e) {
	fail(`cannot write to ${out}: ${e.message}`, 1);
}

const vite = await createServer({
	server: { middlewareMode: true, hmr: false, ws: false },
	appType: 'custom',
	logLevel: 'error'
});
try {
	const { CHARTS } = await vite.ssrLoadModule('/src/lib/charts/registry.server.ts');
	const { standaloneSvg, svgToPng, chartCsv } = await vite.ssrLoadModule(
		'/src/lib/export/render.server.ts'
	);
	const { getDataset } = await vite.ssrLoadModule('/src/lib/server/data.ts');
	const data = getDataset();
	for (const [i, chart] of CHARTS.entries()) {
		const written = [];
		const svg = formats.some((f) => f !== 'csv') ? standaloneSvg(chart, data) : '';
		for (const format of formats) {
			const file = join(out, `${chart.id}.${format}`);
			const body =
				format === 'svg' ? svg : format === 'png' ? svgToPng(svg) : chartCsv(chart, data);
			try {
				writeFileSync(file, body);
			} catch (e) {
				throw new Error(`cannot write ${file}: ${e.message}`, { cause: e });
			}
			written.push(`${chart.id}.${format}`);
		}
		console.log(`[${i + 1}/${CHARTS.length}] ${chart.id}: ${written.join(', ')}`);
	}
	console.log(`Wrote ${CHARTS.length} charts to ${out}`);
} catch (e) {
	console.error(`export: ${e.message}`);
	process.exitCode = 1;
} finally {
	await vite.close();
}
