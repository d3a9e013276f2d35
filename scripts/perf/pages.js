// Which pages `npm run perf` measures: pure helpers, no file system (scripts/perf.js reads build/).
// The list comes from the build: every page belongs to a route kind (its path without the
// language prefix, every segment after the first replaced by `*`), and for each kind × language
// the heaviest page by gzip HTML stands for the others, so a new route appears in the benchmark by
// itself. Pages named on the command line are measured too.

// The segment that stands for any value in a route kind: `/compare/*/` covers every pair.
export const ANY = '*';

/**
 * The language a page's HTML declares (`<html lang="kk">`), or undefined.
 * @param {string} html
 */
export function langOf(html) {
	return /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1];
}

// The route kind of a page: `/kk/compare/2016-2023/` in Kazakh → `/compare/*/`.
// The language prefix is removed only when it is the page's own language.
/**
 * @param {string} route a path such as `/ru/map/turnout-change/`
 * @param {string} [lang] the page's language
 */
export function kindOf(route, lang) {
	const segments = route.split('/').filter(Boolean);
	if (lang !== undefined && segments[0] === lang) segments.shift();
	if (segments.length === 0) return '/';
	return `/${[segments[0], ...segments.slice(1).map(() => ANY)].join('/')}/`;
}

/**
 * A route as the build names it: leading and trailing slash, no query or fragment.
 * `compare/2016-2023` → `/compare/2016-2023/`.
 * @param {string} path
 */
export function normalRoute(path) {
	const bare = path.replace(/[?#].*$/, '');
	const segments = bare.split('/').filter(Boolean);
	return segments.length ? `/${segments.join('/')}/` : '/';
}

// Whether a kind passes the `--kind` filters. A filter is either a first segment (`compare`
// matches `/compare/` and `/compare/*/`, `home` or `/` matches `/`) or a whole kind (`/compare/*/`).
// No filters: everything passes.
/**
 * @param {string} kind
 * @param {string[]} filters
 */
export function kindMatches(kind, filters) {
	if (filters.length === 0) return true;
	const first = kind.split('/').filter(Boolean)[0] ?? '';
	return filters.some((filter) => {
		const bare = filter.replace(/^\/+|\/+$/g, '');
		if (bare === '' || bare === 'home') return kind === '/';
		return bare === first || normalRoute(filter) === kind;
	});
}

/**
 * @typedef {{ route: string, lang: string, kind: string, htmlBytes: number }} BuiltPage
 * @typedef {BuiltPage & { why: string[], candidates: number }} Pick
 */

/**
 * Describes every built page: its language, kind and gzip HTML bytes.
 * @param {string[]} routes
 * @param {(route: string) => string} readHtml
 * @param {(html: string) => number} gzBytes
 * @returns {BuiltPage[]}
 */
export function describePages(routes, readHtml, gzBytes) {
	return routes.map((route) => {
		const html = readHtml(route);
		const lang = langOf(html) ?? 'und';
		return { route, lang, kind: kindOf(route, lang), htmlBytes: gzBytes(html) };
	});
}

/**
 * The pages to measure. For each kind × language that passes the filters, the heaviest page by
 * gzip HTML (ties: the first route in sorted order), then every named page not already picked.
 * `only` keeps just the named pages. Sorted by kind, then language, with named pages last.
 * @param {BuiltPage[]} built
 * @param {{ named?: string[], only?: boolean, kinds?: string[], langs?: string[] }} [options]
 * @returns {Pick[]}
 */
export function pickPages(built, { named = [], only = false, kinds = [], langs = [] } = {}) {
	/** @type {Map<string, Pick>} */
	const picks = new Map();
	if (!only) {
		/** @type {Map<string, BuiltPage[]>} */
		const groups = new Map();
		for (const page of built) {
			if (!kindMatches(page.kind, kinds)) continue;
			if (langs.length && !langs.includes(page.lang)) continue;
			const key = `${page.kind}\u0000${page.lang}`;
			groups.set(key, [...(groups.get(key) ?? []), page]);
		}
		const ordered = [...groups.values()].sort((a, b) => compareKindLang(a[0], b[0]));
		for (const group of ordered) {
			const heaviest = [...group].sort(
				(a, b) => b.htmlBytes - a.htmlBytes || (a.route < b.route ? -1 : 1)
			)[0];
			if (heaviest)
				picks.set(heaviest.route, { ...heaviest, why: ['heaviest'], candidates: group.length });
		}
	}
	const byRoute = new Map(built.map((p) => [p.route, p]));
	for (const route of named.map(normalRoute)) {
		const page = byRoute.get(route);
		if (!page) throw new Error(`${route} is not a page of the build`);
		const picked = picks.get(route);
		if (picked) {
			if (!picked.why.includes('named')) picked.why.push('named');
		} else picks.set(route, { ...page, why: ['named'], candidates: 1 });
	}
	return [...picks.values()];
}

/**
 * @param {{ kind: string, lang: string }} a
 * @param {{ kind: string, lang: string }} b
 */
function compareKindLang(a, b) {
	if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
	return a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0;
}

export const USAGE = `Usage: npm run perf -- [options] [page …]
  page            a built page to measure as well, e.g. /compare/2016-2023/ /kk/map/
  --only          measure only the pages named, not one per route kind × language
  --kind K        only route kinds K (repeatable, or comma-separated): a first segment such as
                  compare (matches /compare/ and /compare/*/), home, or a whole kind /map/*/
  --lang L        only languages L (repeatable, or comma-separated): en, kk, ru
  --out FILE      where to write the JSON report (default perf-report.json)
  --markdown      print the table as Markdown (for the README) instead of plain text
  --help          this text
Environment: PERF_RUNS (runs per page, default 3), PERF_PORT (default 4199), CHROMIUM_PATH.`;

/**
 * The command line of `npm run perf`. Throws on an unknown option or a missing value.
 * @param {string[]} argv process.argv.slice(2)
 */
export function parseArgs(argv) {
	const options = {
		/** @type {string[]} */ named: [],
		only: false,
		/** @type {string[]} */ kinds: [],
		/** @type {string[]} */ langs: [],
		out: 'perf-report.json',
		markdown: false,
		help: false
	};
	const list = (/** @type {string} */ value) => value.split(',').filter(Boolean);
	for (let i = 0; i < argv.length; i++) {
		const arg = /** @type {string} */ (argv[i]);
		const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
		const value = () => {
			const v = inline ?? argv[++i];
			if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
			return v;
		};
		if (flag === '--only') options.only = true;
		else if (flag === '--markdown') options.markdown = true;
		else if (flag === '--help' || flag === '-h') options.help = true;
		else if (flag === '--kind') options.kinds.push(...list(value()));
		else if (flag === '--lang') options.langs.push(...list(value()));
		else if (flag === '--out') options.out = value();
		else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
		else options.named.push(arg);
	}
	if (options.only && options.named.length === 0)
		throw new Error('--only needs at least one page to measure');
	return options;
}
