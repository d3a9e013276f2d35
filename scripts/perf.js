#!/usr/bin/env node
// `npm run perf`: a benchmark of the built site, not a test. Lighthouse (mobile preset, simulated
// throttling: its defaults) in Debian's Chromium measures one page per route kind × language,
// the heaviest of its kind by gzip HTML (the worst case), plus every page named on the command
// line; PERF_RUNS runs each (default 3), median per figure. Prints a table with the budget, writes
// a JSON report, exits 1 when a page is over budget and 2 when it could not measure.
//   npm run build && npm run perf [-- --kind compare --lang kk --only /x/ --markdown --out f.json]
// Which pages: scripts/perf/pages.js; figures and tables: scripts/perf/report.js.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { posix } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { sampleOf } from './perf/lhr.js';
import { describePages, parseArgs, pickPages, USAGE } from './perf/pages.js';
import { BUDGET, markdownTable, medians, overBudget, textTable } from './perf/report.js';
import { BUILD, gz, htmlOf, pages } from './weight.js';

/** Could not measure: no build, a busy port, an unknown page … (exit 2). */
class SetupError extends Error {}

const port = Number(process.env.PERF_PORT ?? 4199);
const origin = `http://127.0.0.1:${port}`;
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Gzip bytes of the build's files, by URL path (see gzOfPath). @type {Map<string, number | null>} */
const gzCache = new Map();
/** @type {import('node:child_process').ChildProcess | undefined} */
let server;
/** @type {chromeLauncher.LaunchedChrome | undefined} */
let chrome;
// Whatever ends the process (an error, Ctrl-C, a kill), the server and the browser go with it.
function stop() {
	chrome?.kill();
	chrome = undefined;
	server?.kill();
	server = undefined;
}
process.on('exit', stop);
for (const [signal, code] of /** @type {const} */ ([
	['SIGINT', 130],
	['SIGTERM', 143]
]))
	process.on(signal, () => process.exit(code));

try {
	process.exitCode = await main();
} catch (error) {
	console.error(
		`perf: ${error instanceof SetupError ? error.message : /** @type {Error} */ (error).stack}`
	);
	process.exitCode = 2;
} finally {
	stop();
}
// Lighthouse can leave timers behind; the figures are out, so end here.
process.exit();

async function main() {
	let options;
	try {
		options = parseArgs(process.argv.slice(2));
	} catch (error) {
		throw new SetupError(`${/** @type {Error} */ (error).message}\n${USAGE}`);
	}
	if (options.help) {
		console.log(USAGE);
		return 0;
	}
	const runs = Number(process.env.PERF_RUNS ?? 3);
	if (!Number.isInteger(runs) || runs < 1)
		throw new SetupError(`PERF_RUNS must be a whole number ≥ 1, not ${process.env.PERF_RUNS}`);
	if (!existsSync(posix.join(BUILD, 'index.html')))
		throw new SetupError(`${BUILD}/ is missing; run \`npm run build\` first`);
	let chromium;
	try {
		chromium = execFileSync(chromePath, ['--version'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
	} catch {
		throw new SetupError(`no Chromium at ${chromePath}; install it or set CHROMIUM_PATH`);
	}

	const built = describePages(pages(), htmlOf, gz);
	let picks;
	try {
		picks = pickPages(built, options);
	} catch (error) {
		throw new SetupError(/** @type {Error} */ (error).message);
	}
	if (picks.length === 0) {
		const kinds = [...new Set(built.map((p) => p.kind))].join(' ');
		throw new SetupError(`no page matches; the build's route kinds are: ${kinds}`);
	}
	const width = Math.max(...picks.map((p) => p.route.length));
	console.error(`perf: ${picks.length} pages, ${runs} run${runs === 1 ? '' : 's'} each`);
	for (const p of picks)
		console.error(
			`  ${p.route.padEnd(width)} ${p.kind} ${p.lang}: ` +
				(p.why.includes('heaviest')
					? `heaviest of ${p.candidates} by gzip HTML (${(p.htmlBytes / 1024).toFixed(1)} KB)`
					: '') +
				(p.why.includes('named') ? `${p.why.length > 1 ? ', ' : ''}named` : '')
		);

	await startServer();
	chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--no-first-run',
			'--disable-background-networking'
		]
	});
	const machine = {
		cores: cpus().length,
		cpu: cpus()[0]?.model ?? null,
		loadAtStart: loadavg().map((l) => Number(l.toFixed(2))),
		node: process.version,
		chromium
	};

	// One run before the measured ones, not kept: the first load of a fresh browser and server
	// pays for cold caches that no reader's visit repeats.
	await measure(/** @type {(typeof picks)[number]} */ (picks[0]).route);

	/** @type {Map<string, ReturnType<typeof sampleOf>[]>} */
	const samples = new Map(picks.map((p) => [p.route, []]));
	let lighthouseVersion = '';
	// Round by round rather than page by page, so that a busy minute on the machine spreads over
	// every page instead of landing on one page's runs.
	for (let run = 1; run <= runs; run++) {
		for (const page of picks) {
			const { sample, version } = await measure(page.route);
			lighthouseVersion ||= version;
			samples.get(page.route)?.push(sample);
			console.error(
				`  [${run}/${runs}] ${page.route.padEnd(width)} score ${sample.score ?? '–'}  LCP ${sample.lcp ?? '–'}  ` +
					`TBT ${sample.tbt ?? '–'}  CLS ${sample.cls ?? '–'}${sample.error ? `  ${sample.error}` : ''}`
			);
		}
	}
	stop();

	const results = picks.map((page) => {
		const own = (samples.get(page.route) ?? []).map((s) => ({
			...s,
			htmlKb: Number((page.htmlBytes / 1024).toFixed(1))
		}));
		const median = medians(own);
		return { ...page, samples: own, median, over: overBudget(median) };
	});
	const meta = {
		date: new Date().toISOString(),
		...git(),
		machine: { ...machine, loadAtEnd: loadavg().map((l) => Number(l.toFixed(2))) },
		lighthouse: lighthouseVersion,
		preset: 'mobile, simulated throttling (Lighthouse defaults)',
		runs,
		warmupRuns: 1,
		budget: BUDGET
	};
	const overPages = results.filter((r) => r.over.length);
	// A page without a single finished run was not measured: that is no verdict on its speed.
	const unmeasured = results.filter((r) => r.samples.every((s) => s.error));
	writeFileSync(
		options.out,
		`${JSON.stringify({ ...meta, overBudget: overPages.length > 0, pages: results }, null, '\t')}\n`
	);

	if (options.markdown) {
		const commit = meta.dirty ? `${meta.commit} with uncommitted changes` : meta.commit;
		console.log(
			markdownTable(results, {
				date: meta.date.slice(0, 10),
				commit,
				runs,
				cores: machine.cores,
				load: machine.loadAtStart[0] ?? 0,
				chromium: chromium.replace(/ built on .*$/, ''),
				lighthouse: lighthouseVersion
			})
		);
	} else {
		console.log(`median of ${runs} Lighthouse run${runs === 1 ? '' : 's'} per page; ! over budget`);
		console.log(textTable(results));
	}
	console.error(`perf: report written to ${options.out}`);
	if (unmeasured.length) {
		console.error(
			`perf: could not measure ${unmeasured.map((r) => r.route).join(', ')}: ` +
				[...new Set(unmeasured.flatMap((r) => r.samples.map((s) => s.error)))].join('; ')
		);
		return 2;
	}
	if (overPages.length) {
		console.error(
			`perf: ${overPages.length} of ${results.length} pages over budget: ` +
				overPages.map((r) => `${r.route} (${r.over.join(', ')})`).join('; ')
		);
		return 1;
	}
	console.error(`perf: all ${results.length} pages within budget`);
	return 0;
}

/**
 * One Lighthouse run of a page. A run that throws becomes a sample with its error and no figures.
 * @param {string} route
 */
async function measure(route) {
	try {
		const result = await lighthouse(`${origin}${route}`, {
			port: chrome?.port,
			onlyCategories: ['performance'],
			logLevel: 'error',
			output: 'json'
		});
		if (!result) throw new Error('Lighthouse returned no result');
		return {
			sample: sampleOf(result, origin, gzOfPath),
			version: String(result.lhr.lighthouseVersion)
		};
	} catch (error) {
		const message = /** @type {Error} */ (error).message;
		const lhr = { runtimeError: { code: 'THROWN', message } };
		return { sample: sampleOf({ lhr }, origin, gzOfPath), version: '' };
	}
}

/**
 * Gzip bytes (level 9) of a file of the build, by its URL path; null if the build has no such file.
 * @param {string} pathname
 */
function gzOfPath(pathname) {
	if (!gzCache.has(pathname)) {
		let file = posix.join(BUILD, pathname);
		if (pathname.endsWith('/')) file = posix.join(file, 'index.html');
		gzCache.set(pathname, existsSync(file) ? gz(readFileSync(file)) : null);
	}
	return gzCache.get(pathname) ?? null;
}

/** The commit measured, and whether the worktree has changes beyond it. */
function git() {
	const run = (/** @type {string[]} */ args) => {
		try {
			return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
		} catch {
			return null;
		}
	};
	const commit = run(['rev-parse', '--short', 'HEAD'])?.trim() ?? 'unknown';
	const status = run(['status', '--porcelain', '--untracked-files=no']);
	return { commit, dirty: status === null ? null : status.trim() !== '' };
}

/**
 * Serves build/ on PERF_PORT as the static host does (scripts/perf/serve.js: the precompressed
 * copies, brotli first), in a process of its own so that Lighthouse's work in this one never
 * delays an answer. Refuses a port that is taken: a server left over from another run would
 * serve another build.
 */
async function startServer() {
	if ((await portTaken()) || (await responds()))
		throw new SetupError(
			`port ${port} is in use (${origin}); stop what runs there or set PERF_PORT`
		);
	const child = spawn(process.execPath, ['scripts/perf/serve.js', 'build', String(port)], {
		stdio: ['ignore', 'ignore', 'pipe']
	});
	server = child;
	let stderr = '';
	child.stderr?.on('data', (chunk) => (stderr += chunk));
	let exited = false;
	child.on('exit', () => (exited = true));
	for (let i = 0; i < 150; i++) {
		if (exited) throw new SetupError(`the static server stopped:\n${stderr.trim()}`);
		if (await responds()) return;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new SetupError(`the static server did not answer on ${origin} within 30 s`);
}

/** Whether something already listens on the port (it may not speak HTTP). */
function portTaken() {
	return new Promise((resolve) => {
		const probe = createServer()
			.once('error', () => resolve(true))
			.once('listening', () => probe.close(() => resolve(false)))
			.listen(port, '127.0.0.1');
	});
}

async function responds() {
	try {
		return (await fetch(`${origin}/`)).ok;
	} catch {
		return false;
	}
}
