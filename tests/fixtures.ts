/**
 * Playwright's `test` with one change: in the JavaScript project, `page.goto` of an HTML page
 * returns only once the page listens: the page script has run (it marks <html data-enhanced>)
 * and, on a page that SvelteKit's client hydrates, the pointer has moved (the client starts on
 * first use) and the layout's first effect has run (it marks <html data-hydrated>). Without it, a test could click or type before the page listens, which
 * passes on an idle machine and fails on a busy one.
 */
import { test as base, expect } from '@playwright/test';

/** A page SvelteKit's client hydrates: its inline start script is there (the simulator). */
export const isApp = () =>
	[...document.scripts].some((s) => !s.src && s.text.includes('__sveltekit_'));

export const test = base.extend({
	page: async ({ page, javaScriptEnabled, baseURL }, use) => {
		const goto = page.goto.bind(page);
		page.goto = async (url, options) => {
			const response = await goto(url, options);
			const html = response?.headers()['content-type']?.includes('text/html');
			// Only Sailau's own pages carry the page script (a test may open another origin).
			const own = response && new URL(response.url()).origin === new URL(baseURL!).origin;
			if (javaScriptEnabled && html && own && response?.ok()) {
				await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
				// The client starts on the reader's first sign of use (src/lib/enhance/app-wake.ts): a
				// pointer moved over the page, as a reader's would.
				if (await page.evaluate(isApp)) {
					await page.mouse.move(1, 1);
					await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
				}
			}
			return response;
		};
		await use(page);
	}
});

export { expect };
