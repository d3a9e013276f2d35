// Screenshots of built pages at desktop and phone widths, for looking at what users see.
// Usage: node scripts/screenshots.mjs OUT_DIR /path/ [/other/ ...]   (needs `npm run preview` running)
// Set NOJS=1 to disable JavaScript, DARK=1 for dark mode, FULL=0 for the first screen only,
// BASE to change the server address.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const [out = 'screenshots', ...paths] = process.argv.slice(2);
const base = process.env.BASE ?? 'http://127.0.0.1:4173';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run']
});
for (const width of [1280, 390]) {
	const page = await browser.newPage({
		viewport: { width, height: width > 500 ? 900 : 844 },
		javaScriptEnabled: !process.env.NOJS,
		colorScheme: process.env.DARK ? 'dark' : 'light'
	});
	for (const path of paths.length ? paths : ['/']) {
		await page.goto(base + path);
		const name =
			(path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home') + `-${width}.png`;
		await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL !== '0' });
		console.log(`${out}/${name}`);
	}
	await page.close();
}
await browser.close();
