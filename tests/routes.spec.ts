import { expect, test } from './fixtures';
import { NAV } from '../src/lib/nav';
import { MESSAGES } from './messages';
import { watchErrors } from './helpers';

for (const item of NAV) {
	test(`${item.href} renders its heading with no console error`, async ({ page }) => {
		const check = watchErrors(page);
		const response = await page.goto(item.href);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('h1')).not.toBeEmpty();
		await expect(page).toHaveTitle(/Sailau/);
		await expect(
			page
				.getByRole('navigation', { name: 'Main' })
				.getByRole('link', { name: MESSAGES.en[item.key] })
		).toHaveAttribute('aria-current', 'page');
		check();
	});
}

test(
	'every navigation link leads to a page that exists',
	{ tag: '@static' },
	async ({ page, request }) => {
		await page.goto('/');
		const hrefs = await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs).toEqual(NAV.map((n) => n.href));
		for (const href of hrefs) expect((await request.get(href!)).status(), href!).toBe(200);
	}
);

test('an unknown address answers 404', { tag: '@static' }, async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
});
