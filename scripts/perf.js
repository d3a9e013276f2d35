#!/usr/bin/env node
// Performance budget: Lighthouse (mobile preset, simulated throttling) in Debian's Chromium on
// the built site, plus the gzipped first-view weight of /. Prints a table; exits 1 over budget.
// Each page is measured PERF_RUNS times (default 7) and the median of each figure is kept, as
// Lighthouse advises: a single run moves with whatever else the machine is doing.
//   npm run perf            (needs build/; serves it on PERF_PORT, default 4199)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PAGES = ['/', '/compare/', '/map/'];
const BUDGET = { score: 100, lcp: 1000, tbt: 0, cls: 0, firstViewKb: 60 };
const port = Number(process.env.PERF_PORT ?? 4199);
const runs = Math.max(1, Number(process.env.PERF_RUNS ?? 7));
const base = `http://127.0.0.1:${port}`;

if (!existsSync('build/index.html')) {
	console.error('perf: build/ is missing; run `npm run build` first');
	process.exit(2);
}

// Measuring a server left over from another run would measure another build: refuse.
if (await responds()) {
	console.error(`perf: something already answers on ${base}; stop it or set PERF_PORT`);
	process.exit(2);
}
// Vite itself (not through npx), so that killing it at the end leaves no server behind.
const server = spawn(
	process.execPath,
	[
		'node_modules/vite/bin/vite.js',
		'preview',
		'--strictPort',
		'--host',
		'127.0.0.1',
		'--port',
		String(port)
	],
	{ stdio: 'ignore' }
);
const chrome = await waitForServer().then(() =>
	chromeLauncher.launch({
		chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--no-first-run',
			'--disable-background-networking'
		]
	})
);

const rows = [];
let over = false;
try {
	for (const path of PAGES) {
		const samples = [];
		for (let i = 0; i < runs; i++) samples.push(await measure(path));
		const row = { page: path };
		for (const key of ['score', 'lcp', 'tbt', 'cls', 'firstViewKb'])
			row[key] = median(samples.map((s) => s[key]));
		rows.push(row);
		if (
			row.score < BUDGET.score ||
			row.lcp > BUDGET.lcp ||
			row.tbt > BUDGET.tbt ||
			row.cls > BUDGET.cls ||
			(row.firstViewKb ?? 0) > BUDGET.firstViewKb
		)
			over = true;
	}
} finally {
	await chrome.kill();
	server.kill();
}

console.log(`median of ${runs} Lighthouse runs per page`);
console.log('page        score  LCP ms  TBT ms  CLS    first view (KB gzip)');
for (const r of rows) {
	console.log(
		`${r.page.padEnd(11)} ${String(r.score).padStart(5)}  ${String(r.lcp).padStart(6)}  ${String(r.tbt).padStart(6)}  ${String(r.cls).padEnd(5)}  ${r.firstViewKb === null ? '' : r.firstViewKb.toFixed(1)}`
	);
}
console.log(
	`budget      ${String(BUDGET.score).padStart(5)}  ${String(BUDGET.lcp).padStart(6)}  ${String(BUDGET.tbt).padStart(6)}  ${String(BUDGET.cls).padEnd(5)}  ${BUDGET.firstViewKb}`
);
if (over) {
	console.error('perf: over budget');
	process.exit(1);
}
console.log('perf: within budget');

/** One Lighthouse run of `path`. */
async function measure(path) {
	const { lhr } = await lighthouse(`${base}${path}`, {
		port: chrome.port,
		onlyCategories: ['performance'],
		logLevel: 'error',
		output: 'json'
	});
	const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
	return {
		score: Math.round((lhr.categories.performance.score ?? 0) * 100),
		lcp: Math.round(audit('largest-contentful-paint')),
		tbt: Math.round(audit('total-blocking-time')),
		cls: Number(audit('cumulative-layout-shift').toFixed(3)),
		firstViewKb: path === '/' ? firstViewKb(lhr) : null
	};
}

function median(values) {
	if (values[0] === null) return null;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/** Gzipped bytes of every same-site HTML, CSS, JS and data file the first view of / requested. */
function firstViewKb(lhr) {
	const requests = lhr.audits['network-requests']?.details?.items ?? [];
	let bytes = 0;
	for (const r of requests) {
		const url = new URL(r.url);
		if (url.origin !== base) continue;
		let file = join('build', decodeURIComponent(url.pathname));
		if (file.endsWith('/')) file = join(file, 'index.html');
		if (!existsSync(file)) continue;
		bytes += gzipSync(readFileSync(file), { level: 9 }).length;
	}
	return bytes / 1024;
}

async function responds() {
	try {
		return (await fetch(`${base}/`)).ok;
	} catch {
		return false;
	}
}

async function waitForServer() {
	for (let i = 0; i < 100; i++) {
		if (await responds()) return;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`perf: the preview server did not start on ${base}`);
}
