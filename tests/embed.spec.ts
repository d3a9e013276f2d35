/**
 * Embeds (issue 15): a page on a second origin frames two charts with the published snippet,
 * pointed at this site; the embed pages, their heights, the noscript fallback and the oEmbed files.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { embedSnippet } from '../src/lib/embed/snippet';

const SITE = `http://127.0.0.1:${process.env.PORT ?? 4173}`;
/** The second origin: a port of its own in each worker (set in beforeAll). */
let HOST = '';
const CHARTS = [
	{ id: 'hemicycle-2023', page: '/' },
	{ id: 'map-districts', page: '/map/districts/' }
];

const hostPage = () =>
	`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<meta name="viewport" content="width=device-width"></head><body>
${CHARTS.map((c) => embedSnippet(SITE, { ...c, lang: 'en', title: c.id, height: 300 })).join('\n<p>between</p>\n')}
</body></html>`;

let server: Server;
test.beforeAll(async () => {
	server = createServer((_req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(hostPage());
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	HOST = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Each iframe's height, and its embed page's own height. */
async function heights(page: import('@playwright/test').Page) {
	return Promise.all(
		page
			.frames()
			.slice(1)
			.map(async (frame) => ({
				frame: Math.round((await (await frame.frameElement()).boundingBox())!.height),
				content: await frame.evaluate(() => Math.ceil(document.documentElement.scrollHeight))
			}))
	);
}

/**
 * Opens the host page and waits until both embeds listen. Not the load event: that waits for
 * every iframe in view and all it loads. The snippet's iframes load lazily: once the first grows
 * to its content, the second may be out of view and load only when a reader scrolls to it, as
 * this does (without it, a test waited two minutes for an iframe that never loaded).
 */
async function openHost(page: import('@playwright/test').Page) {
	await page.goto(HOST, { waitUntil: 'domcontentloaded' });
	await expect(page.locator('iframe')).toHaveCount(2);
	for (const iframe of await page.locator('iframe').all()) {
		await iframe.scrollIntoViewIfNeeded();
		const frame = await (await iframe.elementHandle())!.contentFrame();
		await frame!.locator('html[data-enhanced]').waitFor({ state: 'attached' });
	}
}

for (const width of [390, 1280]) {
	test(
		`each iframe is as tall as its embed page at ${width} px`,
		{ tag: '@js' },
		async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await openHost(page);
			await expect
				.poll(async () => (await heights(page)).every((h) => h.frame === h.content))
				.toBe(true);
			for (const h of await heights(page)) expect(h.content).toBeGreaterThan(300);
		}
	);
}

test(
	'a message from the wrong origin or of the wrong shape changes nothing',
	{ tag: '@js' },
	async ({ page }) => {
		await openHost(page);
		await expect
			.poll(async () => (await heights(page)).every((h) => h.frame === h.content))
			.toBe(true);
		const before = await heights(page);
		await page.evaluate(() => {
			const frame = document.querySelector('iframe')!;
			// From the host page itself (the test origin), then odd shapes posted to the host.
			const fake = (data: unknown) =>
				window.dispatchEvent(
					new MessageEvent('message', {
						data,
						origin: location.origin,
						source: frame.contentWindow
					})
				);
			fake({ type: 'sailau:height', id: 'hemicycle-2023', height: 50 });
			window.postMessage({ type: 'sailau:height', id: 'hemicycle-2023', height: 60 }, '*');
			for (const data of [
				{ type: 'x', id: 'a', height: 70 },
				{ type: 'sailau:height', height: 70 },
				'sailau:height'
			])
				window.postMessage(data, '*');
		});
		await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
		expect(await heights(page)).toEqual(before);
	}
);

test(
	'without JavaScript the host shows the fallback image and link',
	{ tag: '@static' },
	async ({ page }) => {
		// Not the load event, as in openHost: the fallback is in the host page's own HTML.
		await page.goto(HOST, { waitUntil: 'domcontentloaded' });
		const fallback = page.locator(
			`a[href="${SITE}/"] img[src="${SITE}/charts/hemicycle-2023.png"]`
		);
		await expect(fallback).toBeVisible();
		await expect(page.locator(`a[href="${SITE}/map/districts/"] img`)).toBeVisible();
	}
);

for (const path of ['/embed/hemicycle-2023/', '/kk/embed/hemicycle-2023/']) {
	test(`${path} is the figure alone with 98 seats`, { tag: '@static' }, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('figure circle[data-party]')).toHaveCount(98);
		await expect(page.locator('header, nav, footer')).toHaveCount(0);
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/(kk\/)?$/);
		await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute(
			'href',
			/\/oembed\/hemicycle-2023(\.kk)?\.json$/
		);
		await expect(page.locator('.by a')).toHaveText('Sailau');
	});
}

test(
	'a chart page names its main chart’s oEmbed file and shows the snippet',
	{ tag: '@static' },
	async ({ page }) => {
		await page.goto('/map/districts/');
		const links = page.locator('link[type="application/json+oembed"]');
		await expect(links).toHaveCount(1);
		await expect(links).toHaveAttribute('href', /\/oembed\/map-districts\.json$/);
		await expect(page.locator('textarea[data-embed-code]')).toHaveValue(/\/embed\/map-districts\//);
	}
);

test('every oEmbed file is a valid rich response', { tag: '@static' }, () => {
	const files = readdirSync('build/oembed').filter((f) => f.endsWith('.json'));
	expect(files.length).toBeGreaterThan(100);
	for (const file of files) {
		const o = JSON.parse(readFileSync(`build/oembed/${file}`, 'utf8'));
		const id = file.replace(/(\.(kk|ru))?\.json$/, '');
		expect(o.version, file).toBe('1.0');
		expect(o.type, file).toBe('rich');
		expect(o.title, file).toMatch(/\S/);
		expect(o.html, file).toContain(`/embed/${id}/"`);
		expect(o.html, file).toContain('/embed.js');
		expect(Number.isInteger(o.width) && o.width > 0, file).toBe(true);
		expect(Number.isInteger(o.height) && o.height > 0, file).toBe(true);
		expect(o.thumbnail_url, file).toMatch(
			new RegExp(`^https?://[^/]+/charts/${id}(\\.(kk|ru))?\\.png$`)
		);
		expect(o.provider_name, file).toBe('Sailau');
		expect(o.provider_url, file).toMatch(/^https?:\/\/[^/]+\//);
	}
});

for (const [id, theme] of [
	['vote-share-2023', 'light'],
	['vote-share-2023', 'dark'],
	['map-turnout-change', 'light'],
	['map-turnout-change', 'dark']
] as const) {
	test(`the ${id} embed passes axe in the ${theme} theme`, { tag: '@js' }, async ({ page }) => {
		await page.goto(`/embed/${id}/?theme=${theme}`);
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		// A framed figure's heading is its caption; the host page has the page's h1.
		const result = await new AxeBuilder({ page }).disableRules(['page-has-heading-one']).analyze();
		expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
}

test(
	'an embed page loads only its own small script, which shows tooltips and applies the theme',
	{ tag: '@js' },
	async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
		});
		await page.goto('/kk/embed/map-turnout-change/?theme=dark');
		await expect(page.locator('html')).toHaveAttribute('data-enhanced');
		expect(scripts).toHaveLength(1);
		expect(scripts[0]).toMatch(/^\/_app\/immutable\/workers\/embed-page-[\w-]+\.js$/);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		const unit = page.locator('[data-region="KZ-11"][data-tip]');
		await unit.hover();
		const tip = page.locator('.chart-tip');
		await expect(tip).toBeVisible();
		await expect(tip).toContainText((await unit.getAttribute('data-tip'))!.split('\n')[0]!);
	}
);
