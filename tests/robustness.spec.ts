/**
 * Random and hostile query strings against each page whose script reads its address: every one
 * must load with no uncaught error, no console error, no markup of its own making into the page,
 * and the page still whole (its heading and its charts). Only in the JavaScript project: without
 * JavaScript nothing reads the query (the prerendered file is the same whatever it says), and
 * routes.spec.ts loads every page once with JavaScript off.
 *
 * 24 strings per page in `npm test`; `FUZZ_COUNT=1000` for a longer run.
 */
import { expect, test } from './fixtures';

const ROUTES: Record<string, string[]> = {
	'/compare/': ['a', 'b'],
	'/map/': ['layer', 'region'],
	'/simulate/': ['e', 't', 'm', 'c', 's']
};
const COUNT = Number(process.env.FUZZ_COUNT ?? 24);

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function rng(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const HOSTILE = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror="window.__pwned=1" data-injected>',
	"'><svg onload=window.__pwned=1 data-injected>",
	'<b data-injected>bold</b>',
	'javascript:window.__pwned=1',
	'</title><b data-injected>',
	'{{7*7}}',
	'${window.__pwned=1}',
	'__proto__',
	'constructor',
	'toString',
	'NaN',
	'Infinity',
	'-0',
	'1e309',
	'0x10',
	'2023.5',
	' 2021 ',
	'2021,2023',
	'Сайлау',
	'Мәжіліс 2023',
	'🗳️🇰🇿',
	'\u202e2302',
	'\u200b2021',
	'%',
	'%E0%A4%A',
	'%00',
	'\u0000',
	'../../etc/passwd',
	'',
	'KZ-71',
	'KZ-99',
	'kz-75',
	'turnout-change',
	'districts',
	'hare',
	'dhondt',
	'sainte-lague',
	'mixed',
	'list',
	'assembly',
	'membership',
	'nomination',
	'7',
	'-5',
	'100',
	'2016',
	'2004',
	'2023'
];

function randomString(next: () => number): string {
	const length = Math.floor(next() * 40);
	let s = '';
	for (let i = 0; i < length; i++) s += String.fromCodePoint(32 + Math.floor(next() * 0x2fff));
	return s;
}

/** One query string: known and unknown keys, repeated keys, hostile and random values. */
function query(next: () => number, keys: string[]): string {
	const parts: string[] = [];
	const n = 1 + Math.floor(next() * 4);
	for (let i = 0; i < n; i++) {
		const r = next();
		const key =
			r < 0.7 ? keys[Math.floor(next() * keys.length)]! : r < 0.85 ? randomString(next) : 'x';
		const v = next();
		const value =
			v < 0.6
				? HOSTILE[Math.floor(next() * HOSTILE.length)]!
				: v < 0.95
					? randomString(next)
					: 'z'.repeat(5000);
		parts.push(`${encodeURIComponent(key)}=${v < 0.97 ? encodeURIComponent(value) : value}`);
	}
	// Now and then a raw, badly encoded string.
	return next() < 0.05 ? `%E0%A4%A&${parts.join('&')}&&=&` : parts.join('&');
}

for (const [route, keys] of Object.entries(ROUTES)) {
	// Only with JavaScript: no script reads the query without it.
	test(
		`${route} survives ${COUNT} random and hostile query strings`,
		{ tag: '@js' },
		async ({ page }) => {
			// A bound against a hang, not a speed limit: a load takes well under a second when idle.
			test.setTimeout(Math.max(120_000, COUNT * 5_000));
			const errors: string[] = [];
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(m.text());
			});
			page.on('pageerror', (e) => errors.push(e.message));
			const next = rng(route.length * 7919);
			for (let i = 0; i < COUNT; i++) {
				const q = query(next, keys);
				const response = await page.goto(`${route}?${q}`);
				expect(response?.status(), q).toBe(200);
				const state = await page.evaluate(() => ({
					pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
					injected: document.querySelectorAll('[data-injected], [onerror], [onload]').length,
					scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
					headings: document.querySelectorAll('h1').length,
					charts: document.querySelectorAll('figure[data-chart] svg[role="img"]').length
				}));
				expect(state, q).toMatchObject({ pwned: 0, injected: 0, scripts: 0, headings: 1 });
				expect(state.charts, q).toBeGreaterThan(0);
				expect(errors, q).toEqual([]);
			}
		}
	);
}
