// What a built page weighs: its HTML and the JavaScript it loads (every file its HTML preloads or
// imports, followed through their static imports), gzip level 9. Shared by `npm run size` and
// the byte-budget test (tests/budget.spec.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';

export const BUILD = 'build';

/** Every prerendered page of build/, as its route ('/', '/kk/map/', …). */
export function pages(build = BUILD) {
	return readdirSync(build, { recursive: true })
		.map(String)
		.filter((f) => f === 'index.html' || f.endsWith('/index.html'))
		.map((f) => `/${f.slice(0, -'index.html'.length)}`)
		.sort();
}

/** @param {string} route */
export function htmlOf(route, build = BUILD) {
	const file = posix.join(build, route, 'index.html');
	if (!existsSync(file)) throw new Error(`${file} not found: run npm run build first`);
	return readFileSync(file, 'utf8');
}

/** @param {string | Buffer} bytes */
export const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * Paths (relative to build/) of the JavaScript a page loads to be interactive.
 * @param {string} route
 */
export function scriptsOf(route, build = BUILD) {
	const html = htmlOf(route, build);
	const dir = posix.join('/', route);
	const refs = [
		...html.matchAll(/<link[^>]+href="([^"]+\.js)"[^>]*rel="modulepreload"/g),
		...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
		...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
		// The page script, loaded by the head script once the page has loaded (src/lib/enhance/head.js).
		...html.matchAll(/<meta name="sailau-script" content="([^"]+\.js)"/g),
		...html.matchAll(/import\("([^"]+\.js)"\)/g)
	].map((m) => String(m[1]));
	const files = refs.map((ref) => posix.resolve(dir, ref).slice(1));
	// On the page SvelteKit's client hydrates: the layout and page modules that its app entry
	// imports when it starts, for the node ids named in the start script.
	const ids = /node_ids: \[([\d, ]+)\]/.exec(html)?.[1]?.split(', ') ?? [];
	const app = files.find((f) => /\/entry\/app\.[\w-]+\.js$/.test(f));
	const code = app && ids.length ? readFileSync(posix.join(build, app), 'utf8') : '';
	for (const id of ids) {
		const node = new RegExp(`import\\(\`(\\.\\./nodes/${id}\\.[\\w-]+\\.js)\``).exec(code)?.[1];
		if (!app || !node) throw new Error(`${route}: SvelteKit's module for node ${id} not found`);
		files.push(posix.join(posix.dirname(app), node));
	}
	/** @type {Set<string>} */
	const seen = new Set();
	const queue = [...new Set(files)];
	while (queue.length) {
		const file = /** @type {string} */ (queue.pop());
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(posix.join(build, file), 'utf8');
		// Static imports only: `import … from "./x.js"` and `import "./x.js"`; lazy import() is not loaded up front.
		for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g))
			queue.push(posix.join(posix.dirname(file), String(m[1])));
	}
	return [...seen].sort();
}

/**
 * The files a page's HTML draws with `<use href="file#id">` (the map's shapes file), each once.
 * @param {string} html
 */
export function useFilesOf(html) {
	return [...new Set([...html.matchAll(/<use\b[^>]*\shref="([^"#]+)#/g)].map((m) => String(m[1])))];
}

/**
 * Gzip bytes of a page's HTML, and of all the JavaScript it loads.
 * @param {string} route
 */
export function weightOf(route, build = BUILD) {
	const js = scriptsOf(route, build).reduce(
		(sum, f) => sum + gz(readFileSync(posix.join(build, f))),
		0
	);
	return { html: gz(htmlOf(route, build)), js };
}
