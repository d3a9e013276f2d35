import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Resvg } from '@resvg/resvg-js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MESSAGES } from './messages';
import { EXPORT_FONT_FAMILY } from '../src/lib/export/font';
import { exportFontOptions, fontPaths } from '../src/lib/export/font.server';

const dir = 'build/charts';
// The chart files, not their precompressed copies (.gz, .br) that the build writes beside them.
const files = readdirSync(dir).filter((f) => !/\.(gz|br)$/.test(f));
const svgs = files.filter((f) => f.endsWith('.svg'));
const fileLang = (name: string) =>
	(/\.(kk|ru)\.svg$/.exec(name)?.[1] ?? 'en') as 'en' | 'kk' | 'ru';

// File checks run once, in the JS project.
test.describe('standalone chart files', { tag: '@js' }, () => {
	test('there is an SVG, PNG and CSV for every chart', () => {
		expect(svgs.length).toBeGreaterThan(0);
		for (const svg of svgs) {
			const id = svg.replace(/\.svg$/, '');
			expect(files, id).toContain(`${id}.png`);
			expect(files, id).toContain(`${id}.csv`);
		}
	});

	test('every SVG is well-formed XML that stands on its own', async ({ page }) => {
		await page.goto('/');
		for (const name of svgs) {
			const text = readFileSync(join(dir, name), 'utf8');
			const report = await page.evaluate((source) => {
				const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
				const root = doc.documentElement;
				return {
					error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
					tag: root.localName,
					ns: root.namespaceURI,
					viewBox: root.getAttribute('viewBox'),
					width: root.getAttribute('width'),
					height: root.getAttribute('height'),
					title: root.querySelector(':scope > title')?.textContent ?? '',
					desc: root.querySelector(':scope > desc')?.textContent ?? '',
					text: root.textContent ?? '',
					external: [
						...doc.querySelectorAll('[href], [src], image, foreignObject, script, link')
					].map((e) => e.outerHTML.slice(0, 80)),
					classes: doc.querySelectorAll('[class]').length
				};
			}, text);
			expect(report.error, name).toBeNull();
			expect(report.tag, name).toBe('svg');
			expect(report.ns, name).toBe('http://www.w3.org/2000/svg');
			expect(report.viewBox, name).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
			expect(Number(report.width), name).toBeGreaterThan(0);
			expect(Number(report.height), name).toBeGreaterThan(0);
			expect(report.title.length, name).toBeGreaterThan(5);
			expect(report.desc.length, name).toBeGreaterThan(10);
			// The source line is in the file's language: <id>.svg English, <id>.kk.svg Kazakh, <id>.ru.svg Russian.
			expect(report.text, name).toContain(MESSAGES[fileLang(name)].fig_source);
			expect(report.text, name).toContain('CC BY');
			expect(report.external, name).toEqual([]);
			// No page CSS travels with the file: classes would style nothing.
			expect(report.classes, name).toBe(0);
			// url(#id) points inside the file; anything else would be an external reference.
			expect(text, name).not.toMatch(/url\((?!#)|@import|<!--/);
		}
	});

	test('resvg and Chromium draw every SVG alike', async ({ page }) => {
		// Every chart once, its language turning with the chart (English, Kazakh, Russian, English…),
		// so that each language's lettering is drawn by both on a third of the charts; a second or
		// two each on a busy machine.
		const ids = [...new Set(svgs.map((n) => n.replace(/(\.(kk|ru))?\.svg$/, '')))].sort();
		const drawn = ids.map((id, i) => {
			const lang = (['en', 'kk', 'ru'] as const)[i % 3]!;
			return lang === 'en' ? `${id}.svg` : `${id}.${lang}.svg`;
		});
		expect(drawn.every((name) => svgs.includes(name))).toBe(true);
		test.setTimeout(120_000 + drawn.length * 5_000);
		// Both draw with the shipped font, never the machine's: resvg as the export does, Chromium
		// with the same two files added as font faces (regular 400, bold 700; 600 takes bold in both).
		// One SVG document holds the faces, and each file in turn replaces its root element: routing
		// every navigation through an injected @font-face would send the fonts again each time.
		const faces = fontPaths().map((path, i) => ({
			data: readFileSync(path).toString('base64'),
			weight: String([400, 700][i])
		}));
		await page.goto(`/charts/${svgs[0]}`);
		const loaded = await page.evaluate(
			async ({ family, faces }) => {
				for (const { data, weight } of faces) {
					const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
					document.fonts.add(await new FontFace(family, bytes, { weight }).load());
				}
				return [...document.fonts].map((f) => `${f.family.replace(/"/g, '')} ${f.status}`);
			},
			{ family: EXPORT_FONT_FAMILY, faces }
		);
		expect(loaded).toEqual([`${EXPORT_FONT_FAMILY} loaded`, `${EXPORT_FONT_FAMILY} loaded`]);
		for (const name of drawn) {
			const svg = readFileSync(join(dir, name), 'utf8');
			const resvg = new Resvg(svg, { font: exportFontOptions() }).render();
			const { width, height } = resvg;
			await page.setViewportSize({ width, height });
			await page.evaluate((source) => {
				const root = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement;
				document.replaceChild(document.importNode(root, true), document.documentElement);
			}, svg);
			const chromium = await page.screenshot({ clip: { x: 0, y: 0, width, height } });
			const diff = await pixelDifference(page, resvg.asPng(), chromium);
			// Text antialiasing differs between the renderers; shapes, colours and layout must not.
			// The Kazakh and Russian files (new with them) carry Cyrillic lines whose glyph edges differ a
			// little more, about 0.3% of pixels on the seat-change charts; English keeps its 1% bound.
			const bound = fileLang(name) === 'en' ? 0.01 : 0.015;
			expect(diff, `${name}: share of pixels that differ clearly`).toBeLessThan(bound);
		}
	});

	test('npm run export writes every chart, byte for byte as served', async ({ request }) => {
		// The SVG and CSV of every chart in the three languages, and the PNG of every chart in
		// Kazakh (the language with the most letters of its own): rendering every PNG three times
		// took a minute and a half and tests no other code.
		test.setTimeout(600_000);
		const out = mkdtempSync(join(tmpdir(), 'sailau-export-'));
		try {
			for (const [args, count] of [
				[['--format', 'svg,csv'], svgs.length],
				[['--format', 'png', '--lang', 'kk'], svgs.filter((n) => fileLang(n) === 'kk').length]
			] as const) {
				const run = spawnSync(process.execPath, ['scripts/export.js', '--out', out, ...args], {
					encoding: 'utf8',
					timeout: 500_000
				});
				expect(run.status, run.stderr).toBe(0);
				expect(run.stdout).toContain(`Wrote ${count} charts`);
			}
			const written = readdirSync(out).sort();
			expect(written).toEqual(
				files.filter((f) => !f.endsWith('.png') || /\.kk\.png$/.test(f)).sort()
			);
			for (const name of written) {
				const served = await request.get(`/charts/${name}`);
				expect(served.status(), name).toBe(200);
				expect(Buffer.compare(readFileSync(join(out, name)), await served.body()), name).toBe(0);
			}
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});

	test('npm run export refuses an unknown format and an unwritable folder', () => {
		const bad = spawnSync(
			process.execPath,
			['scripts/export.js', '--out', tmpdir(), '--format', 'svg,gif'],
			{
				encoding: 'utf8'
			}
		);
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain('unknown format "gif"');
		const unwritable = spawnSync(
			process.execPath,
			['scripts/export.js', '--out', 'package.json/charts'],
			{
				encoding: 'utf8'
			}
		);
		expect(unwritable.status).toBe(1);
		expect(unwritable.stderr).toMatch(/cannot write to .*package\.json\/charts/);
	});
});

for (const path of ['/', '/compare/', '/map/', '/simulate/']) {
	test(
		`the download links of every default chart on ${path} give the files served at /charts/`,
		{ tag: '@static' },
		async ({ page, context, request }) => {
			test.setTimeout(120_000);
			await page.goto(path);
			const count = await page.locator('figure[data-chart]').count();
			expect(count).toBeGreaterThan(0);
			// A fresh tab per chart: Chromium holds back a page's tenth download in quick succession.
			for (let i = 0; i < count; i++) {
				const tab = await context.newPage();
				await tab.goto(path);
				const figure = tab.locator('figure[data-chart]').nth(i);
				for (const [label, ext] of [
					['Download SVG', 'svg'],
					['Download PNG', 'png'],
					['Download data (CSV)', 'csv']
				] as const) {
					const link = figure.getByRole('link', { name: label });
					const href = await link.getAttribute('href');
					expect(href, label).toMatch(new RegExp(`^/charts/[a-z0-9-]+\\.${ext}$`));
					const served = await (await request.get(href!)).body();
					const [download] = await Promise.all([tab.waitForEvent('download'), link.click()]);
					expect(download.suggestedFilename()).toBe(href!.split('/').pop());
					const saved = readFileSync((await download.path())!);
					expect(Buffer.compare(saved, served), href!).toBe(0);
				}
				await tab.close();
			}
		}
	);
}

test(
	"a chart in a state of the reader's choosing downloads as a valid standalone SVG",
	{ tag: '@js' },
	async ({ page }) => {
		await page.goto('/simulate/?e=2021&t=5&m=dhondt&c=assembly');
		const figure = page.locator('figure[data-chart="simulated-hemicycle"]');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			figure.getByRole('button', { name: 'Download SVG' }).click()
		]);
		const svg = readFileSync((await download.path())!, 'utf8');
		const report = await page.evaluate((source) => {
			const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
			return {
				error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
				ns: doc.documentElement.namespaceURI,
				width: doc.documentElement.getAttribute('width'),
				seats: doc.querySelectorAll('[data-party]').length,
				text: doc.documentElement.textContent ?? ''
			};
		}, svg);
		expect(report.error).toBeNull();
		expect(report.ns).toBe('http://www.w3.org/2000/svg');
		expect(Number(report.width)).toBeGreaterThan(0);
		expect(report.seats).toBe(107);
		expect(report.text).toContain('Source:');
		expect(report.text).toContain("D'Hondt");
	}
);

/** Share of pixels whose colour differs by more than 64 in any channel, compared in the browser. */
async function pixelDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
	return page.evaluate(
		async ([a64, b64]) => {
			const load = async (src: string) => {
				const img = new Image();
				img.src = `data:image/png;base64,${src}`;
				await img.decode();
				return img;
			};
			const [ia, ib] = await Promise.all([load(a64), load(b64)]);
			const w = Math.max(ia.width, ib.width);
			const h = Math.max(ia.height, ib.height);
			const pixels = (img: HTMLImageElement) => {
				const c = document.createElementNS(
					'http://www.w3.org/1999/xhtml',
					'canvas'
				) as HTMLCanvasElement;
				c.width = w;
				c.height = h;
				const ctx = c.getContext('2d')!;
				ctx.fillStyle = '#fff';
				ctx.fillRect(0, 0, w, h);
				ctx.drawImage(img, 0, 0);
				return ctx.getImageData(0, 0, w, h).data;
			};
			const pa = pixels(ia);
			const pb = pixels(ib);
			let differing = 0;
			for (let i = 0; i < pa.length; i += 4) {
				if (
					Math.abs(pa[i]! - pb[i]!) > 64 ||
					Math.abs(pa[i + 1]! - pb[i + 1]!) > 64 ||
					Math.abs(pa[i + 2]! - pb[i + 2]!) > 64
				)
					differing++;
			}
			return differing / (w * h);
		},
		[a.toString('base64'), b.toString('base64')] as const
	);
}
