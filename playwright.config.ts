import { defineConfig } from '@playwright/test';

const port = Number(process.env.PORT ?? 4173);

/** Playwright runs against the built, prerendered site served by `vite preview`, in Debian's Chromium. */
const chromium = {
	browserName: 'chromium' as const,
	launchOptions: {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
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
