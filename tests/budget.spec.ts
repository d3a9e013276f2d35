/**
 * Byte budgets of the built site, in gzip bytes (level 9): the HTML of every prerendered page
 * and all the JavaScript it loads, by kind of page; and nothing loaded from another host.
 * Deterministic (bytes, not timings), so they belong in `npm test`; the timings are
 * `npm run perf`, a benchmark. Reads build/: run after `npm run build`.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { htmlOf, pages, useFilesOf, weightOf } from '../scripts/weight.js';

const KB = 1024;
/** The page script alone (theme, tooltips, links, pickers, embeds): every page that does not hydrate. */
const PAGE_SCRIPT = 4.5 * KB;
/** An embed page's own script (tooltips, height, theme: src/lib/enhance/embed-page.ts). */
const EMBED_SCRIPT = 2 * KB;
/** An embed page with all that it loads: HTML, script and, for a map, the shapes file. */
const EMBED_TOTAL = 15 * KB;
/** The regional map's shapes, one file for every map (src/lib/charts/map/units.ts). */
const SHAPES = 6 * KB;
/** A language's map panels (every unit's), fetched by the map pages' script after the load. */
const PANELS = 3 * KB;

/** Budgets by kind of page (the path without its language prefix); the first match counts. */
const BUDGETS: { kind: RegExp; html: number; js: number }[] = [
	// Embeds: the figure alone; with all it loads, EMBED_TOTAL (tested below).
	{ kind: /^\/embed\//, html: EMBED_TOTAL - EMBED_SCRIPT, js: EMBED_SCRIPT },
	// The map's shapes are in the shapes file and its units' panels in the panels file, not in
	// the page (the largest, kk and ru turnout-change, 12.6 KB; 14.5 KB with the panels in it).
	{ kind: /^\/map\//, html: 13.5 * KB, js: PAGE_SCRIPT },
	// A pair page: two chambers and the seat change; /compare/ also has the ruling party's history.
	{ kind: /^\/compare\/[^/]+\/$/, html: 16 * KB, js: PAGE_SCRIPT },
	{ kind: /^\/compare\//, html: 18 * KB, js: PAGE_SCRIPT },
	// A presidential or referendum page with up to two regional turnout maps (2026: 18:00 and
	// 20:00) drawn from the shapes file; the index pages fall through to the default.
	{ kind: /^\/(president|referendums)\/[^/]+\/$/, html: 12.5 * KB, js: PAGE_SCRIPT },
	// Hydrated: SvelteKit's client and the simulator's model.
	{ kind: /^\/simulate\/$/, html: 14 * KB, js: 90 * KB },
	{ kind: /^\//, html: 16 * KB, js: PAGE_SCRIPT }
];

const ALL = pages();

// Reads files: once is enough.
test.describe('byte budgets', { tag: '@js' }, () => {
	test('the build has its pages in three languages', () => {
		expect(ALL).toContain('/');
		expect(ALL).toContain('/kk/');
		expect(ALL).toContain('/ru/');
		expect(ALL.length).toBeGreaterThan(100);
	});

	for (const route of ALL) {
		test(`${route} is within its budget`, () => {
			const kind = route.replace(/^\/(kk|ru)\//, '/');
			const budget = BUDGETS.find((b) => b.kind.test(kind))!;
			const { html, js } = weightOf(route);
			expect(html, `HTML of ${route}, gzip bytes`).toBeLessThanOrEqual(budget.html);
			expect(js, `JavaScript loaded by ${route}, gzip bytes`).toBeLessThanOrEqual(budget.js);
		});
	}

	const shapeFiles = () => readdirSync('build/geo').filter((f) => f.endsWith('.svg'));
	const gzipOf = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

	test('the map shapes are one file of at most 6 KB gzip', () => {
		const files = shapeFiles();
		expect(files).toHaveLength(1);
		expect(
			gzipOf(`build/geo/${files[0]}`),
			`build/geo/${files[0]}, gzip bytes`
		).toBeLessThanOrEqual(SHAPES);
	});

	test('each language’s map panels file is at most 3 KB gzip', () => {
		const files = readdirSync('build/map/panels').filter((f) => f.endsWith('.html'));
		expect(files.sort()).toEqual(['en.html', 'kk.html', 'ru.html']);
		for (const f of files)
			expect(
				gzipOf(`build/map/panels/${f}`),
				`build/map/panels/${f}, gzip bytes`
			).toBeLessThanOrEqual(PANELS);
	});

	test('an embed page with all that it loads is at most 15 KB gzip', () => {
		const embeds = ALL.filter((route) => /^\/(?:(?:kk|ru)\/)?embed\//.test(route));
		expect(embeds.length).toBeGreaterThan(100);
		let maps = 0;
		for (const route of embeds) {
			const { html, js } = weightOf(route);
			// The shapes files that its map draws with <use href="/geo/…#unit">.
			const shapes = useFilesOf(htmlOf(route));
			if (shapes.length) maps++;
			const total = html + js + shapes.reduce((sum, f) => sum + gzipOf(`build${f}`), 0);
			expect(
				total,
				`${route} with its script${shapes.length ? ' and shapes' : ''}, gzip bytes`
			).toBeLessThanOrEqual(EMBED_TOTAL);
		}
		// The map embeds (three layers in three languages) are among them.
		expect(maps).toBeGreaterThanOrEqual(9);
	});

	test('no page loads anything from another host', () => {
		const external = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
		for (const route of ALL) {
			const html = htmlOf(route);
			const loaded = [
				...html.matchAll(/<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\ssrc="([^"]*)"/g),
				...html.matchAll(/<link\b(?![^>]*rel="(?:alternate|canonical)")[^>]*\shref="([^"]*)"/g),
				...html.matchAll(/url\(\s*['"]?([^'")]+)/g),
				...html.matchAll(/@import\s+['"]([^'"]+)/g),
				...html.matchAll(/<meta name="sailau-script" content="([^"]*)"/g)
			].map((m) => m[1]!);
			loaded.push(...useFilesOf(html));
			expect(loaded.length, route).toBeGreaterThan(0);
			expect(
				loaded.filter((u) => external.test(u)),
				route
			).toEqual([]);
		}
	});
});
