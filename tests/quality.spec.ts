import { expect, test } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { NAV } from '../src/lib/nav';
import { watchErrors } from './helpers';

const ROUTES = NAV.map((n) => n.href);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * axe on every page in every language, each language in one colour scheme so that both schemes
 * are checked on every page: the schemes differ only in colours, the languages only in words.
 */
const SCHEME = { en: 'light', kk: 'dark', ru: 'light' } as const;

for (const [lang, scheme] of Object.entries(SCHEME)) {
	const prefix = lang === 'en' ? '' : `/${lang}`;
	for (const route of ROUTES) {
		const path = `${prefix}${route}`;
		test(
			`${path} has no WCAG 2.2 AA violations in ${scheme} mode`,
			{ tag: '@js' },
			async ({ page }) => {
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(path);
				const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
				expect(
					violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
				).toEqual([]);
			}
		);
	}
}

for (const route of ROUTES) {
	test(
		`${route} breaks no CSP rule and asks nothing of any other host`,
		{ tag: '@js' },
		async ({ page }) => {
			const check = watchErrors(page);
			const violations: string[] = [];
			await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) =>
					(window as unknown as { reportViolation: (v: string) => void }).reportViolation(
						`${e.violatedDirective} ${e.blockedURI}`
					)
				);
			});
			const foreign: string[] = [];
			page.on('request', (r) => {
				const host = new URL(r.url()).hostname;
				if (
					!['127.0.0.1', ''].includes(host) &&
					!r.url().startsWith('data:') &&
					!r.url().startsWith('blob:')
				)
					foreign.push(r.url());
			});
			const response = await page.goto(route);
			await page.waitForLoadState('networkidle');
			expect(response?.headers()['content-type']).toContain('text/html');
			const csp = await page
				.locator('meta[http-equiv="content-security-policy"]')
				.getAttribute('content');
			expect(csp).toContain("default-src 'self'");
			expect(csp).toContain("script-src 'self' 'sha256-");
			expect(csp).not.toContain('unsafe-inline');
			// No inline event handlers anywhere in the markup.
			expect(
				await page.locator('[onclick], [onload], [onerror], [onmouseover], [onfocus]').count()
			).toBe(0);
			expect(violations).toEqual([]);
			expect(foreign).toEqual([]);
			check();
		}
	);
}

test(
	'the theme switch turns dark mode on, and the choice survives a reload',
	{ tag: '@js' },
	async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/');
		const toggle = page.getByRole('button', { name: 'Dark mode' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		const bg = () =>
			page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		const light = await bg();
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		expect(await bg()).not.toBe(light);
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await bg()).not.toBe(light);
	}
);

test(
	'without JavaScript the page follows the system colour scheme',
	{ tag: '@static' },
	async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/');
		const dark = await page.evaluate(
			() => getComputedStyle(document.documentElement).backgroundColor
		);
		await page.emulateMedia({ colorScheme: 'light' });
		expect(
			await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
		).not.toBe(dark);
		await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveCount(0);
	}
);

test(
	'printing leaves out navigation and download buttons but keeps the charts',
	{ tag: '@static' },
	async ({ page }) => {
		await page.goto('/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		await expect(page.locator('.export').first()).toBeHidden();
		await expect(page.locator('figure[data-chart] svg').first()).toBeVisible();
	}
);
