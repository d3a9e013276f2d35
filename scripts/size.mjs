// How much JavaScript a built page loads: every file its HTML preloads or imports, followed
// through their static imports, with gzip sizes; and what the page adds over the home page.
// Usage: npm run build && npm run size [-- /route/ [/base-route/]]   (defaults: /simulate/ and /)
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';

const [route = '/simulate/', baseRoute = '/'] = process.argv.slice(2);
const BUILD = 'build';

function htmlOf(r) {
	const file = posix.join(BUILD, r, 'index.html');
	if (!existsSync(file)) throw new Error(`${file} not found: run npm run build first`);
	return readFileSync(file, 'utf8');
}

/** Paths (relative to build/) of the JS a page loads before it is interactive. */
function scriptsOf(r) {
	const html = htmlOf(r);
	const dir = posix.join('/', r);
	const refs = [
		...html.matchAll(/<link[^>]+href="([^"]+\.js)"[^>]*rel="modulepreload"/g),
		...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
		...html.matchAll(/import\("([^"]+\.js)"\)/g)
	].map((m) => posix.join(dir, m[1]).slice(1));
	const seen = new Set();
	const queue = [...new Set(refs)];
	while (queue.length) {
		const file = queue.pop();
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(posix.join(BUILD, file), 'utf8');
		// Static imports only: `import … from "./x.js"` and `import "./x.js"`; lazy import() is not loaded up front.
		for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g))
			queue.push(posix.join(posix.dirname(file), m[1]));
	}
	return [...seen].sort();
}

const gz = (file) => gzipSync(readFileSync(posix.join(BUILD, file)), { level: 9 }).length;
const raw = (file) => readFileSync(posix.join(BUILD, file)).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const files = scriptsOf(route);
const base = new Set(scriptsOf(baseRoute));
const only = files.filter((f) => !base.has(f));
const inline = [...htmlOf(route).matchAll(/<script>([^]*?)<\/script>/g)].map((m) => m[1]).join('');

console.log(`JavaScript loaded by ${route} (from ${BUILD}/, gzip level 9):`);
for (const f of files)
	console.log(
		`  ${base.has(f) ? ' ' : '+'} ${f.padEnd(48)} ${String(raw(f)).padStart(7)} B  ${String(gz(f)).padStart(6)} B gz`
	);
const total = files.reduce((s, f) => s + gz(f), 0);
const own = only.reduce((s, f) => s + gz(f), 0);
console.log(`  total: ${files.length} files, ${total} B gzip (${kb(total)})`);
console.log(
	`  + only on ${route} (not loaded by ${baseRoute}): ${only.length} files, ${own} B gzip (${kb(own)})`
);
console.log(
	`  inline start-up script with the page data: ${gzipSync(inline, { level: 9 }).length} B gzip`
);
