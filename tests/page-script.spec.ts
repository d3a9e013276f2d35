import { expect, test } from './fixtures';

/**
 * Pages served without SvelteKit's client (csr = false, for the performance budget) carry only
 * the page script; the live pages carry both. Either way the shared behaviours come from the page
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
	'/data/'
];
const LIVE = ['/simulate/', '/ru/districts/'];

for (const path of [...STATIC, ...LIVE]) {
	test(`${path} loads the page script${STATIC.includes(path) ? ' and no SvelteKit client' : ''}`, async ({
		page
	}, testInfo) => {
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
		});
		await page.goto(path);
		const own = await page
			.locator('script[src]')
			.evaluateAll((ss) => ss.map((s) => s.getAttribute('src')));
		expect(own).toHaveLength(1);
		expect(own[0]).toMatch(/^\/_app\/immutable\/workers\/main-[\w-]+\.js$/);
		const kit = await page.locator('link[rel="modulepreload"]').count();
		if (STATIC.includes(path)) expect(kit).toBe(0);
		else expect(kit).toBeGreaterThan(0);
		if (testInfo.project.name === 'no-js') {
			await expect(page.locator('.theme-toggle')).toBeHidden();
			return;
		}
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
	});
}

test('the language links take the live query on a static page', async ({ page }, testInfo) => {
	test.skip(testInfo.project.name === 'no-js', 'needs JS');
	await page.goto('/?from=test#key');
	await expect(page.locator('a[data-lang="kk"]')).toHaveAttribute('href', '/kk/?from=test#key');
	await expect(page.locator('a[data-lang="en"]')).toHaveAttribute('href', '/?from=test#key');
});
