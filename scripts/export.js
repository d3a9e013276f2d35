#!/usr/bin/env node
// Writes every chart's default state to files, without a browser:
//   npm run export -- --out DIR [--format svg,png,csv] [--lang en,kk,ru]
// The files are rendered by the same code as the site's /charts/<id>.<format> files: English as
// <id>.svg, Kazakh and Russian as <id>.kk.svg and <id>.ru.svg (all three languages by default).
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';

const FORMATS = ['svg', 'png', 'csv'];
const LANGS = ['en', 'kk', 'ru'];
const USAGE = 'usage: npm run export -- --out DIR [--format svg,png,csv] [--lang en,kk,ru]';

function fail(message, code = 2) {
	console.error(`export: ${message}`);
	process.exit(code);
}

let args;
try {
	args = parseArgs({
		options: {
			out: { type: 'string' },
			format: { type: 'string', default: 'svg,png,csv' },
			lang: { type: 'string', default: LANGS.join(',') }
		},
		strict: true
	}).values;
} catch (e) {
	fail(`${e.message}\n${USAGE}`);
}
if (!args.out) fail(`--out DIR is required\n${USAGE}`);
const formats = args.format
	.split(',')
	.map((f) => f.trim().toLowerCase())
	.filter(Boolean);
const unknown = formats.filter((f) => !FORMATS.includes(f));
if (unknown.length || formats.length === 0)
	fail(`unknown format "${unknown.join(', ') || args.format}": choose from ${FORMATS.join(', ')}`);
const langs = args.lang
	.split(',')
	.map((l) => l.trim().toLowerCase())
	.filter(Boolean);
const unknownLangs = langs.filter((l) => !LANGS.includes(l));
if (unknownLangs.length || langs.length === 0)
	fail(
		`unknown language "${unknownLangs.join(', ') || args.lang}": choose from ${LANGS.join(', ')}`
	);

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
	const { langFileName } = await vite.ssrLoadModule('/src/lib/i18n/lang.ts');
	const data = getDataset();
	const total = CHARTS.length * langs.length;
	let n = 0;
	for (const chart of CHARTS) {
		for (const lang of langs) {
			const written = [];
			const svg = formats.some((f) => f !== 'csv') ? standaloneSvg(chart, data, lang) : '';
			for (const format of formats) {
				const name = `${langFileName(chart.id, lang)}.${format}`;
				const file = join(out, name);
				const body =
					format === 'svg' ? svg : format === 'png' ? svgToPng(svg) : chartCsv(chart, data, lang);
				try {
					writeFileSync(file, body);
				} catch (e) {
					throw new Error(`cannot write ${file}: ${e.message}`, { cause: e });
				}
				written.push(name);
			}
			console.log(`[${++n}/${total}] ${chart.id} (${lang}): ${written.join(', ')}`);
		}
	}
	console.log(`Wrote ${total} charts to ${out}`);
} catch (e) {
	console.error(`export: ${e.message}`);
	process.exitCode = 1;
} finally {
	await vite.close();
}
