// How much JavaScript a built page loads: every file its HTML preloads or imports, followed
// through their static imports, with gzip sizes; and what the page adds over the home page.
// Usage: npm run build && npm run size [-- /route/ [/base-route/]]   (defaults: /simulate/ and /)
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { BUILD, gz, htmlOf, scriptsOf } from './weight.js';

const [route = '/simulate/', baseRoute = '/'] = process.argv.slice(2);

const size = (file) => readFileSync(posix.join(BUILD, file));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const files = scriptsOf(route);
const base = new Set(scriptsOf(baseRoute));
const only = files.filter((f) => !base.has(f));
const inline = [...htmlOf(route).matchAll(/<script>([^]*?)<\/script>/g)].map((m) => m[1]).join('');

console.log(`JavaScript loaded by ${route} (from ${BUILD}/, gzip level 9):`);
for (const f of files)
	console.log(
		`  ${base.has(f) ? ' ' : '+'} ${f.padEnd(48)} ${String(size(f).length).padStart(7)} B  ${String(gz(size(f))).padStart(6)} B gz`
	);
const total = files.reduce((s, f) => s + gz(size(f)), 0);
const own = only.reduce((s, f) => s + gz(size(f)), 0);
console.log(`  total: ${files.length} files, ${total} B gzip (${kb(total)})`);
console.log(
	`  + only on ${route} (not loaded by ${baseRoute}): ${only.length} files, ${own} B gzip (${kb(own)})`
);
console.log(`  inline start-up script with the page data: ${gz(inline)} B gzip`);
