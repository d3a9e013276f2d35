import { expect, type Page } from '@playwright/test';

/** Collects console errors and uncaught page errors; call the returned check at the end of a test. */
export function watchErrors(page: Page): () => void {
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return () => expect(errors, 'console errors').toEqual([]);
}
