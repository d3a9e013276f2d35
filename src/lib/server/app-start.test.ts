import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startAppOnLoad } from './app-start';

const sha = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;

/** A page shaped as SvelteKit 2 writes an application page (test fixture, not a built page). */
const START = `
	{
		__sveltekit_abc = { base: new URL("..", location).pathname.slice(0, -1) };
		const element = document.currentScript.parentElement;
		Promise.all([
			import("../_app/immutable/entry/start.A.js"),
			import("../_app/immutable/entry/app.B.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 17], data: [{ note: "costs $1" }] });
		});
	}
`;
const page = (start = START) =>
	`<html><head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-HEAD' '${sha(start)}'">` +
	'<link href="../_app/immutable/entry/start.A.js" rel="modulepreload">' +
	'<link rel="modulepreload" href="../_app/immutable/chunks/C.js">' +
	`</head><body><div><script>${start}</script></div></body></html>`;

const scriptOf = (html: string) => /<script>([\s\S]*)<\/script>/.exec(html)![1]!;

describe('startAppOnLoad', () => {
	const out = startAppOnLoad(page(), '/simulate/');

	it("imports SvelteKit's client on `sailau:ready`, starts it on `sailau:use`, and changes nothing else", () => {
		const script = scriptOf(out);
		expect(script).toBe(
			START.replace('Promise.all([', "addEventListener('sailau:ready', () => Promise.all([")
				.replace(
					'app.B.js")\n\t\t])',
					`app.B.js"), new Promise((use) => addEventListener('sailau:use', use))])`
				)
				.replace(/\}\);\n\t\}\n$/, '}));\n\t}\n')
		);
		// The deferred script still parses, and its data (with a `$` in it) is intact.
		expect(() => new Function(script)).not.toThrow();
		expect(script).toContain('costs $1');
	});

	it("allows the new script by its hash, in place of the old one's", () => {
		expect(out).toContain(`'${sha(scriptOf(out))}'`);
		expect(out).not.toContain(`'${sha(START)}'`);
		expect(out).toContain("'sha256-HEAD'");
	});

	it('takes the modulepreload links out of <head>, and leaves the rest of it', () => {
		expect(out).not.toContain('modulepreload');
		expect(out).toMatch(/^<html><head><meta http-equiv="content-security-policy"[^>]+><\/head>/);
	});

	it('leaves a page without SvelteKit’s client as it is', () => {
		const plain = '<html><head></head><body><script>{ let a = 1; }</script></body></html>';
		expect(startAppOnLoad(plain, '/')).toBe(plain);
	});

	it('stops with an error naming the page when the script or policy is not as expected', () => {
		const odd = page().replace(/Promise\.all\(\[/, 'Promise.any([');
		expect(() => startAppOnLoad(odd, '/kk/simulate/')).toThrow(/\/kk\/simulate\/.*Promise\.all/);
		const noPolicy = page().replace(/'sha256-[^']+='/, "'sha256-other'");
		expect(() => startAppOnLoad(noPolicy, '/simulate/')).toThrow(/Content-Security-Policy/);
	});
});
