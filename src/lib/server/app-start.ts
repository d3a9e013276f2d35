import { cspHash } from './csp-hash.js';

/**
 * SvelteKit's client on the one page it hydrates (the simulator), started once the page has
 * loaded and painted, and then only when the reader starts to use it (src/lib/enhance/app-wake.ts).
 *
 * As SvelteKit writes the page, <head> asks for the client's modules (`<link rel=modulepreload>`,
 * 17 files, 60 KB gzip) and the inline start script imports them as soon as the body is parsed.
 * Under Lighthouse's mobile preset those requests compete with the page itself: the first paint
 * came at 1.2 s and the largest at 1.65 s, against 0.7 and 0.8 s (median of 3) with the client
 * started after the page (measured 7 December 2026). The prerendered page is complete without
 * the client (it shows the default chamber), so nothing is lost by starting it then.
 *
 * This takes the modulepreload links out of <head> and makes the start script wait for two
 * events from the page script (itself loaded once the page has loaded and painted:
 * src/lib/enhance/head.js): `sailau:ready`, as it loads, to import the client's entries, and
 * `sailau:use`, on the reader's first sign of use (src/lib/enhance/app-wake.ts), to start; it
 * puts the new script's hash in the page's Content-Security-Policy in place of the old one. The
 * client's modules then arrive in three steps of imports instead of one step of preloads (a
 * list of them in the page would cost 220 B gzip, and the page is at its 14 KB budget). A page
 * whose start script or policy is not shaped as expected (a SvelteKit upgrade) stops the build
 * with an error naming the page.
 */
export function startAppOnLoad(html: string, page: string): string {
	const start = /<script>(\s*\{\s*__sveltekit_\w+ = [\s\S]*?)<\/script>/.exec(html);
	if (!start) return html;
	const fail = (what: string) => {
		throw new Error(`${page}: SvelteKit's start script: ${what} (src/lib/server/app-start.ts)`);
	};
	const body = start[1]!;
	const from = body.indexOf('Promise.all([');
	const then = body.indexOf(']).then(', from);
	const end = body.lastIndexOf('}');
	const semi = body.lastIndexOf(';', end);
	if (from < 0 || then < from || semi < then)
		fail('no `Promise.all([…]).then(…);` statement to defer');
	// On `sailau:ready` (the page script has loaded) it imports the client's two entry modules;
	// it starts the client once `sailau:use` has come too, a third promise in the same list. (The
	// page's nodes imported then as well cut the first use by a further 80 ms but cost 50-150 ms
	// of blocking time at load: they are imported as SvelteKit starts.)
	const use = `new Promise((use) => addEventListener('sailau:use', use))`;
	const deferred =
		`${body.slice(0, from)}addEventListener('sailau:ready', () => ${body.slice(from, then).trimEnd()}, ${use}` +
		`${body.slice(then, semi)})${body.slice(semi)}`;

	// The client's modules are imported when it starts; asked for in <head>, they compete with the page.
	let out = html.replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/g, '');
	const [before, after] = [cspHash(body), cspHash(deferred)];
	if (!out.includes(`'${before}'`))
		fail(`the Content-Security-Policy does not allow it ('${before}')`);
	out = out
		.replace(`'${before}'`, `'${after}'`)
		.replace(start[0], () => `<script>${deferred}</script>`);
	return out;
}
