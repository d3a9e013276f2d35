import { expect, test } from './fixtures';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAV, navFor } from '../src/lib/nav';
import { MESSAGES } from './messages';
import { watchErrors } from './helpers';

const OTHER = ['kk', 'ru'] as const;
const KEYS = Object.keys(MESSAGES.en);
/** A raw message key on a page means a string was never looked up. */
const RAW_KEY = new RegExp(`\\b(${KEYS.filter((k) => k.includes('_')).join('|')})\\b`);

for (const lang of OTHER) {
	const nav = navFor(lang, (key) => MESSAGES[lang][key]);
	for (const [i, item] of nav.entries()) {
		test(
			`${item.href} is prerendered and renders in ${lang}, with no English navigation`,
			// The simulator hydrates, so it is checked as it runs too; other pages are HTML alone.
			{ tag: item.href.includes('/simulate/') ? [] : '@static' },
			async ({ page }) => {
				expect(existsSync(join('build', item.href, 'index.html')), 'prerendered file').toBe(true);
				const check = watchErrors(page);
				const response = await page.goto(item.href);
				expect(response?.status()).toBe(200);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expect(page.locator('h1')).toHaveCount(1);
				await expect(page.locator('h1')).not.toBeEmpty();
				const main = page.getByRole('navigation', { name: MESSAGES[lang].nav_label });
				await expect(main.getByRole('link', { name: item.label })).toHaveAttribute(
					'aria-current',
					'page'
				);
				const labels = await main.getByRole('link').allTextContents();
				expect(labels.map((l) => l.trim())).toEqual(nav.map((n) => n.label));
				for (const en of NAV) expect(labels).not.toContain(MESSAGES.en[en.key]);
				// Every link of the main navigation stays in this language.
				const hrefs = await main
					.getByRole('link')
					.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
				expect(hrefs.every((h) => h!.startsWith(`/${lang}/`))).toBe(true);
				const text = await page.locator('body').innerText();
				expect(text).not.toMatch(RAW_KEY);
				await expect(page.locator('footer')).toContainText(
					MESSAGES[lang].footer.replace(/.*<link>(.*)<\/link>.*/, '$1')
				);
				await expect(page.locator('.skip')).toHaveText(MESSAGES[lang].skip);
				// The English page of the same route keeps English.
				expect(NAV[i]!.href).toBe(item.href.replace(`/${lang}`, ''));
				check();
			}
		);
	}

	test(`compare pair pages exist in ${lang}`, { tag: '@static' }, async ({ page }) => {
		expect(existsSync(join('build', lang, 'compare', '2016-2023', 'index.html'))).toBe(true);
		const check = watchErrors(page);
		const response = await page.goto(`/${lang}/compare/2016-2023/`);
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		check();
	});
}

test(
	'every page names its three languages and x-default as alternates',
	{ tag: '@static' },
	async ({ page }) => {
		for (const path of ['/map/', '/kk/map/', '/ru/map/']) {
			await page.goto(path);
			const alternates = await page
				.locator('link[rel="alternate"][hreflang]')
				.evaluateAll((ls) =>
					ls.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`)
				);
			expect(alternates).toEqual(['en /map/', 'kk /kk/map/', 'ru /ru/map/', 'x-default /map/']);
		}
	}
);

test('the English pages say lang="en"', { tag: '@static' }, async ({ page }) => {
	await page.goto('/data/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('h1')).toHaveText('Data and sources');
});

test(
	'without JavaScript the switcher links to the same page in each language',
	{ tag: '@static' },
	async ({ page }) => {
		await page.goto('/kk/districts/');
		const langs = page.getByRole('navigation', { name: MESSAGES.kk.lang_label });
		await expect(langs.getByRole('link', { name: 'English' })).toHaveAttribute(
			'href',
			'/districts/'
		);
		await expect(langs.getByRole('link', { name: 'Қазақша' })).toHaveAttribute(
			'href',
			'/kk/districts/'
		);
		await langs.getByRole('link', { name: 'Русский' }).click();
		await expect(page).toHaveURL(/\/ru\/districts\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	}
);

test(
	'the switcher round-trips en → kk → ru → en, keeping the page and its query',
	{ tag: '@js' },
	async ({ page }) => {
		const check = watchErrors(page);
		await page.goto('/map/districts/?region=KZ-35');
		const steps = [
			{ name: 'Қазақша', label: MESSAGES.en.lang_label, lang: 'kk', path: '/kk/map/districts/' },
			{ name: 'Русский', label: MESSAGES.kk.lang_label, lang: 'ru', path: '/ru/map/districts/' },
			{ name: 'English', label: MESSAGES.ru.lang_label, lang: 'en', path: '/map/districts/' }
		];
		for (const step of steps) {
			// The theme switch appears once the page has hydrated: from then on the links carry the query.
			await expect(page.locator('.theme-toggle')).toBeVisible();
			await expect(
				page.getByRole('navigation', { name: step.label }).getByRole('link', { name: step.name })
			).toHaveAttribute('href', `${step.path}?region=KZ-35`);
			await page
				.getByRole('navigation', { name: step.label })
				.getByRole('link', { name: step.name })
				.click();
			await expect(page).toHaveURL((u) => u.pathname === step.path && u.search === '?region=KZ-35');
			await expect(page.locator('html')).toHaveAttribute('lang', step.lang);
		}
		check();
	}
);

test(
	'a chart on a Russian page downloads the Russian file',
	{ tag: '@static' },
	async ({ page, request }) => {
		await page.goto('/ru/');
		const link = page
			.locator('[data-chart="turnout-history"]')
			.getByRole('link', { name: MESSAGES.ru.export_svg });
		await expect(link).toHaveAttribute('href', '/charts/turnout-history.ru.svg');
		const svg = await (await request.get('/charts/turnout-history.ru.svg')).text();
		expect(readFileSync(join('build', 'charts', 'turnout-history.ru.svg'), 'utf8')).toBe(svg);
		const title = /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
		const text = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		// Russian words and Russian numbers (decimal comma, space before %), no English chart words.
		expect(title).toMatch(/^Явка, 2004–2023: 54,21\s%/);
		expect(text).toContain(MESSAGES.ru.fig_source);
		expect(text).toContain(MESSAGES.ru.svg_licence);
		expect(text).not.toMatch(/Turnout|Source:|Chart and data|published/);
		// The same chart from the English page stays English.
		const en = await (await request.get('/charts/turnout-history.svg')).text();
		expect(/<title[^>]*>([^<]*)<\/title>/.exec(en)?.[1]).toMatch(/^Turnout, 2004–2023: 54\.21%/);
	}
);

// Reads the build: once is enough.
test('every chart file exists in all three languages', { tag: '@js' }, async () => {
	const files = readdirSync(join('build', 'charts'));
	const english = files.filter((f) => /^[^.]+\.(svg|png|csv)$/.test(f));
	expect(english.length).toBeGreaterThan(40);
	for (const f of english)
		for (const lang of OTHER) expect(files, f).toContain(f.replace(/\.(\w+)$/, `.${lang}.$1`));
});

test(
	'the overview, its key figures and its charts are in Kazakh and Russian',
	{ tag: '@static' },
	async ({ page }) => {
		const check = watchErrors(page);
		await page.goto('/kk/');
		await expect(page.locator('h1')).toHaveText(/^VIII шақырылым Мәжілісі/);
		await expect(page.locator('#key-title')).toHaveText(MESSAGES.kk.key_title);
		await expect(page.locator('[data-chart="turnout-history"] figcaption')).toContainText(
			'Сайлаушылардың келуі'
		);
		await expect(page.locator('[data-chart="hemicycle-2023"] svg')).toContainText('Көпшілік');
		await page.goto('/ru/');
		await expect(page.locator('h1')).toHaveText(/^Мажилис VIII созыва, избранный 19 марта 2023/);
		// Russian numbers: 54,21 % with a decimal comma.
		await expect(page.locator('[data-figure="turnout"] .value')).toHaveText(/^54,21\s%$/);
		await expect(page.locator('[data-chart="vote-share-2023"] svg')).toContainText('Против всех');
		await expect(page.locator('[data-chart="seats-by-method-2023"] svg')).toContainText(
			'Большинство: 50 из 98'
		);
		const body = await page.locator('main').innerText();
		for (const english of ['Key figures', 'Party list', 'Single-mandate', 'Majority', 'Turnout'])
			expect(body, english).not.toContain(english);
		check();
	}
);
