import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

const port = Number(process.env.PORT ?? 4173);

/**
 * Debian's Chromium headless shell (`apt-get install chromium-headless-shell`) where there is
 * one, else Debian's Chromium, or the browser named by CHROMIUM_PATH. The same engine; the shell
 * lacks the full browser's window machinery, so a page opens in half the time (the suite took
 * 11.2 min in Chromium, 4.8 min in the shell, with two workers on the 2-core machine).
 */
const SHELL = '/usr/bin/chromium-headless-shell';
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync(SHELL) ? SHELL : '/usr/bin/chromium');

/** Playwright runs against the built, prerendered site served by `vite preview`, in Debian's Chromium. */
const chromium = {
	browserName: 'chromium' as const,
	launchOptions: {
		executablePath,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			// The headless shell hints glyphs fully by default, which makes text wider than
			// Chromium draws it (and than resvg does, tests/export.spec.ts).
			'--font-render-hinting=none'
		]
	}
};

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: 'list',
	// Generous limits: on a busy machine a page takes longer, and that must not fail a test.
	// Nothing here measures speed (that is `npm run perf`).
	timeout: 120_000,
	expect: { timeout: 20_000 },
	use: { baseURL: `http://127.0.0.1:${port}`, ...chromium },
	webServer: {
		command: 'npm run preview',
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	},
	// A page is the same HTML in both projects. A test of what that HTML says (@static) runs once,
	// without JavaScript, as a reader without it sees it; a test of what the page script or
	// hydration does (@js) runs once, with it; the rest (smokes, behaviour that also has a
	// no-JavaScript form) run in both.
	projects: [
		{ name: 'js', use: { javaScriptEnabled: true }, grepInvert: /@static/ },
		{ name: 'no-js', use: { javaScriptEnabled: false }, grepInvert: /@js/ }
	]
});
