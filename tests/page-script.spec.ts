import { expect, isApp, test } from './fixtures';
import { htmlOf, pages } from '../scripts/weight.js';

/**
 * Every page but the simulator is served without SvelteKit's client (csr = false) and carries
 * only the page script; the simulator, an application, carries both. Either way the shared behaviours come from the page
 * script: the theme switch appears and works, and the language links keep the query.
 */
const STATIC = [
	'/',
	'/kk/',
	'/ru/',
	'/compare/',
	'/compare/2016-2023/',
	'/ru/compare/2004-2023/',
	'/map/',
	'/kk/map/districts/',
	'/districts/',
	'/ru/districts/',
	'/data/'
];
/** The one page that is an application, and so hydrates. */
const LIVE = ['/simulate/', '/kk/simulate/'];

for (const path of [...STATIC, ...LIVE]) {
	test(
		`${path} loads the page script${STATIC.includes(path) ? ' and no SvelteKit client' : ''}`,
		{ tag: '@js' },
		async ({ page }, testInfo) => {
			const scripts: string[] = [];
			page.on('request', (r) => {
				if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
			});
			const response = await page.goto(path);
			// The page names its script; the head script loads it once the page has loaded. (On the
			// simulator, hydration rewrites the name as an absolute address: the same file.)
			const own = await page
				.locator('meta[name="sailau-script"]')
				.evaluateAll((ms) =>
					ms.map((m) => new URL(m.getAttribute('content')!, location.href).pathname)
				);
			expect(own).toHaveLength(1);
			expect(own[0]).toMatch(/^\/_app\/immutable\/workers\/main-[\w-]+\.js$/);
			// SvelteKit's client only where it runs, and not asked for in the page's <head>.
			expect(await page.evaluate(isApp)).toBe(!STATIC.includes(path));
			expect(await response!.text()).not.toMatch(/<link[^>]+modulepreload/);
			if (testInfo.project.name === 'no-js') {
				await expect(page.locator('.theme-toggle')).toBeHidden();
				return;
			}
			await expect(page.locator('html')).toHaveAttribute('data-enhanced');
			expect(scripts).toContain(own[0]);
			if (STATIC.includes(path)) expect(scripts).toEqual([own[0]]);
			const toggle = page.locator('.theme-toggle');
			await expect(toggle).toBeVisible();
			const before = await toggle.getAttribute('aria-pressed');
			await toggle.click();
			await expect(toggle).toHaveAttribute('aria-pressed', before === 'true' ? 'false' : 'true');
			await expect(page.locator('html')).toHaveAttribute(
				'data-theme',
				before === 'true' ? 'light' : 'dark'
			);
		}
	);
}

test(
	'the language links take the live query on a static page',
	{ tag: '@js' },
	async ({ page }) => {
		await page.goto('/?from=test#key');
		await expect(page.locator('a[data-lang="kk"]')).toHaveAttribute('href', '/kk/?from=test#key');
		await expect(page.locator('a[data-lang="en"]')).toHaveAttribute('href', '/?from=test#key');
	}
);

test(
	'the language links take the live query on the simulator, which hydrates',
	{ tag: '@js' },
	async ({ page }) => {
		await page.goto('/simulate/');
		await page.getByLabel('Threshold', { exact: true }).fill('7');
		await expect(page).toHaveURL(/\?e=2023&t=7&/);
		const query = new URL(page.url()).search;
		const ru = page.locator('a[data-lang="ru"]');
		// Pointing at a link, focusing it or clicking it brings it up to date with the address.
		await ru.hover();
		await expect(ru).toHaveAttribute('href', `/ru/simulate/${query}`);
		await ru.click();
		await expect(page).toHaveURL((u) => u.pathname === '/ru/simulate/' && u.search === query);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	}
);

// With or without JavaScript: Chromium does it in CSS (scroll-initial-target) before the first
// paint; the page script does it in browsers that cannot.
test('on a phone the navigation is one row, scrolled to the current page', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/kk/data/');
	const nav = page.locator('header nav:not(.langs)');
	const current = nav.locator('a[aria-current="page"]');
	const [row, link] = [await nav.boundingBox(), await current.boundingBox()];
	expect(link!.x).toBeGreaterThanOrEqual(row!.x);
	expect(link!.x + link!.width).toBeLessThanOrEqual(row!.x + row!.width + 1);
	// One row: every link shares the first link's top.
	const tops = await nav
		.locator('a')
		.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().top));
	expect(new Set(tops).size).toBe(1);
});

// A first paint of a half-parsed header shifts it as the rest arrives (its row grows when the
// language and theme switches are parsed), and a first paint of part of the page leaves the rest
// to a long task after it: every page with a header holds its first paint until the parser
// reaches the footer, the last element of the body (Chromium; other browsers ignore the hint).
test(
	'every page with a header paints first once it is parsed to its footer',
	{ tag: '@static' },
	() => {
		const routes = pages();
		expect(routes.length).toBeGreaterThan(100);
		for (const route of routes) {
			const html = htmlOf(route);
			const hasHeader = html.includes('<header');
			expect(html.includes('<link rel="expect" href="#colophon" blocking="render"'), route).toBe(
				hasHeader
			);
			if (hasHeader)
				expect(html, route).toMatch(
					/<header[\s\S]*<\/header>\s*<main id="main"[\s\S]*<\/main>\s*<footer id="colophon"[ >]/
				);
		}
	}
);
