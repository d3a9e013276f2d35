import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { watchErrors } from './helpers';

const seats = (page: Page, chart: string) =>
	page.locator(`[data-chart="${chart}"] circle[data-party]`);
const bar = (page: Page, party: string) =>
	page.locator(`[data-chart="seat-change"] [data-party="${party}"]`);

/** What both a prerendered pair page and the query view must show for 2016 and 2023. */
async function expect2016to2023(page: Page) {
	await expect(seats(page, 'hemicycle-a')).toHaveCount(107);
	await expect(seats(page, 'hemicycle-b')).toHaveCount(98);
	await expect(seats(page, 'hemicycle-a').and(page.locator('[data-party="amanat"]'))).toHaveCount(
		84
	);
	await expect(seats(page, 'hemicycle-b').and(page.locator('[data-party="amanat"]'))).toHaveCount(
		63
	);
	await expect(bar(page, 'amanat')).toHaveAttribute('data-change', '-21');
	await expect(bar(page, 'amanat')).toContainText('84 → 63 seats');
	await expect(bar(page, 'amanat')).toContainText('−21');
	await expect(page.locator('[data-chart="hemicycle-a"] figcaption')).toContainText(
		'2016: the 6th Majilis, 107 seats'
	);
	await expect(page.locator('.summary')).toContainText(
		'Amanat (then Nur Otan) fell from 84 of 107 seats (78.5%) in 2016 to 63 of 98 (64.3%'
	);
}

test(
	'the default view, 2021 and 2023, is complete in the prerendered page',
	{ tag: '@static' },
	async ({ page }) => {
		const check = watchErrors(page);
		await page.goto('/compare/');
		await expect(seats(page, 'hemicycle-a')).toHaveCount(107);
		await expect(seats(page, 'hemicycle-b')).toHaveCount(98);
		await expect(page.locator('[data-chart="hemicycle-a"]')).toContainText('Majority: 54 of 107');
		await expect(page.locator('[data-chart="hemicycle-b"]')).toContainText('Majority: 50 of 98');
		// 2023 counted by membership: Amanat 63, with the count by nomination (62) beside it.
		await expect(seats(page, 'hemicycle-b').and(page.locator('[data-party="amanat"]'))).toHaveCount(
			63
		);
		await expect(page.locator('[data-chart="hemicycle-b"] .notes')).toContainText('Amanat 62');
		await expect(page.locator('[data-chart="hemicycle-a"] svg')).toContainText(
			'Nur Otan (now Amanat) 76'
		);

		await expect(bar(page, 'amanat')).toHaveAttribute('data-change', '-13');
		await expect(bar(page, 'amanat')).toContainText('−13');
		await expect(bar(page, 'amanat')).toContainText('76 → 63 seats');
		await expect(bar(page, 'amanat')).toContainText('71.0% → 64.3%');
		await expect(bar(page, 'amanat')).toContainText('then Nur Otan');
		await expect(bar(page, 'apk')).toHaveAttribute('data-change', '-9');
		await expect(bar(page, 'independents')).toHaveAttribute('data-change', '6');
		await expect(page.locator('[data-chart="seat-change"]')).toContainText(
			'SEATS OUTSIDE THE PARTIES'
		);

		await expect(page.locator('.summary')).toContainText(
			'Amanat (then Nur Otan) fell from 76 of 107 seats (71.0%) in 2021 to 63 of 98 (64.3%; 62 counted by nomination)'
		);
		await expect(page.locator('.fallback')).toBeHidden();
		check();
	}
);

test(
	'every chart has its source line, a data table and a working SVG download',
	{ tag: '@static' },
	async ({ page, request }) => {
		await page.goto('/compare/');
		for (const id of ['hemicycle-a', 'hemicycle-b', 'seat-change', 'ruling-party-history']) {
			const figure = page.locator(`figure[data-chart="${id}"]`);
			await expect(figure, id).toHaveCount(1);
			await expect(figure.locator('.source'), id).toContainText(/Source: \S+/);
			await expect(figure.locator('details table'), id).toHaveCount(1);
			const href = await figure.getByRole('link', { name: 'Download SVG' }).getAttribute('href');
			expect(href, id).toBe(`/charts/${id}.svg`);
			const response = await request.get(href!);
			expect(response.status(), id).toBe(200);
			expect(response.headers()['content-type'], id).toContain('image/svg+xml');
			expect(await response.text(), id).toContain(`<title id="${id}-title">`);
		}
		// The table behind the seat-change chart opens without JavaScript.
		const table = page.locator('[data-chart="seat-change"] details:not(.embed)');
		await table.locator('summary').click();
		await expect(table.getByRole('row', { name: /Amanat then Nur Otan 76 63 −13/ })).toBeVisible();
	}
);

test(
	'the ruling party history covers 2004–2023 and marks the changes of system',
	{ tag: '@static' },
	async ({ page }) => {
		await page.goto('/compare/');
		const figure = page.locator('[data-chart="ruling-party-history"]');
		await expect(figure.locator('[data-election]')).toHaveCount(6);
		await expect(figure.locator('svg')).toContainText('2007–2021: party lists only');
		await expect(figure.locator('svg')).toContainText('69 list + 29 district seats');
		await expect(figure.locator('svg')).toContainText('Otan');
		const rows = figure.locator('details tbody tr');
		await expect(rows).toHaveCount(6);
		await expect(rows.first()).toContainText('Otan');
		await expect(rows.first()).toContainText('42 of 77');
		await expect(rows.first()).toContainText('60.60%');
		await expect(rows.last()).toContainText('63 of 98 (62 by nomination)');
		await expect(rows.last()).toContainText('54.21%');
		// Nothing is missing in this chart; a missing value would show as "–".
		await expect(figure.locator('details tbody td', { hasText: /^–$/ })).toHaveCount(0);
	}
);

test(
	'a prerendered pair page shows 2016 and 2023 without the query',
	{ tag: '@static' },
	async ({ page }) => {
		const check = watchErrors(page);
		const response = await page.goto('/compare/2016-2023/');
		expect(response?.status()).toBe(200);
		await expect2016to2023(page);
		// The picker marks the pair shown (its links sit in a closed details element when JS is on).
		await expect(page.locator('.picker a[aria-current="true"]')).toHaveAttribute(
			'href',
			'/compare/2016-2023/'
		);
		check();
	}
);

test('without JavaScript the pair links are the picker', { tag: '@static' }, async ({ page }) => {
	await page.goto('/compare/');
	await expect(page.locator('.picker form')).toBeHidden();
	await expect(page.locator('.picker a[href^="/compare/"]')).toHaveCount(30);
	await page.getByRole('link', { name: '2016 with 2023' }).click();
	await expect(page).toHaveURL(/\/compare\/2016-2023\/$/);
	await expect2016to2023(page);
});

test(
	'the query opens the pair: /compare/?a=2016&b=2023 shows 84 → 63',
	{ tag: '@js' },
	async ({ page }) => {
		const check = watchErrors(page);
		await page.goto('/compare/?a=2016&b=2023');
		// The pair's own prerendered page takes the place of the query address.
		await expect(page).toHaveURL(/\/compare\/2016-2023\/$/);
		await expect2016to2023(page);
		await expect(page.locator('.picker select[name="a"]')).toHaveValue('2016');
		await expect(page.getByRole('link', { name: 'Download SVG' }).nth(2)).toHaveAttribute(
			'href',
			'/charts/seat-change-2016-2023.svg'
		);
		await expect(page).toHaveTitle(/2016 and 2023/);
		check();
	}
);

test('the selects change the pair and the address', { tag: '@js' }, async ({ page }) => {
	const check = watchErrors(page);
	await page.goto('/compare/');
	await page.locator('.picker select[name="a"]').selectOption('2016');
	await expect(page).toHaveURL(/\/compare\/2016-2023\/$/);
	await expect2016to2023(page);
	// A new page: wait until its script listens.
	await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
	await page.getByRole('button', { name: /Swap/ }).click();
	await expect(page).toHaveURL(/\/compare\/2023-2016\/$/);
	await expect(bar(page, 'amanat')).toHaveAttribute('data-change', '21');
	// The address reproduces the view.
	await page.reload();
	await expect(bar(page, 'amanat')).toHaveAttribute('data-change', '21');
	await expect(seats(page, 'hemicycle-a')).toHaveCount(98);
	check();
});

for (const [query, reason] of <[string, string][]>[
	['a=1999&b=2023', '“1999” is not an election'],
	['a=2016&b=2016', 'Both sides asked for 2016'],
	['a=%3Cscript%3Ealert(1)%3C%2Fscript%3E&b=foo', 'are not elections'],
	[`a=${'9'.repeat(3000)}`, `“${'9'.repeat(24)}…”`]
]) {
	test(`bad query ${query.slice(0, 24)} falls back to 2021 and 2023 with a note`, async ({
		page
	}, testInfo) => {
		const check = watchErrors(page);
		const response = await page.goto(`/compare/?${query}`);
		expect(response?.status()).toBe(200);
		await expect(seats(page, 'hemicycle-a')).toHaveCount(107);
		await expect(seats(page, 'hemicycle-b')).toHaveCount(98);
		await expect(bar(page, 'amanat')).toHaveAttribute('data-change', '-13');
		if (testInfo.project.name === 'js') {
			const note = page.locator('.fallback');
			await expect(note).toBeVisible();
			await expect(note).toContainText(reason);
			await expect(note).toContainText('showing 2021 and 2023 instead');
			expect((await note.textContent())!.length).toBeLessThan(200);
		}
		check();
	});
}

test('an unknown pair page answers 404', { tag: '@static' }, async ({ page }) => {
	for (const path of ['/compare/2016-2016/', '/compare/1999-2023/', '/compare/garbage/']) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
	}
});

test(
	'the seat-change chart is usable from the keyboard, one stop per party',
	{ tag: '@js' },
	async ({ page }) => {
		await page.goto('/compare/');
		// Tooltips and key handlers work once the page has hydrated (the theme switch shows it).
		await expect(page.locator('.theme-toggle')).toBeVisible();
		const rows = page.locator('[data-chart="seat-change"] g[tabindex="0"]');
		await expect(rows).toHaveCount(8);
		await rows.first().focus();
		const tip = page.locator('[data-chart="seat-change"] .chart-tip');
		await expect(tip).toBeVisible();
		await expect(tip).toContainText('Seats: 76 of 107 in 2021 → 63 of 98 in 2023 (−13)');
	}
);

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test(
		'nothing on the page is wider than the screen, even with every table open',
		{ tag: '@static' },
		async ({ page }, testInfo) => {
			// A pair page (three figures) and /compare/ (with the ruling party's history, four).
			for (const [path, tables] of [
				['/compare/', 4],
				['/compare/2016-2023/', 3]
			] as const) {
				await page.goto(path);
				// Open the tables once the page has hydrated, so that hydration cannot close them again.
				if (testInfo.project.name === 'js') await page.locator('.theme-toggle').waitFor();
				// Every table, and every "Embed this chart" box with its snippet.
				const summaries = await page.locator('figure details summary').all();
				for (const summary of summaries) await summary.click();
				await expect(page.locator('figure details:not(.embed)[open]')).toHaveCount(tables);
				await expect(page.locator('figure details[open]')).toHaveCount(summaries.length);
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				expect(width, path).toBeLessThanOrEqual(390);
			}
			// The charts keep a legible size: the seat-change chart is drawn at least 80% of its width.
			const box = await page.locator('[data-chart="seat-change"] svg').boundingBox();
			expect(box!.width).toBeGreaterThan(320);
		}
	);
});

test(
	"a pair page links to the ruling party's history on /compare/ instead of repeating it",
	{ tag: '@static' },
	async ({ page }) => {
		for (const lang of ['', '/kk', '/ru']) {
			await page.goto(`${lang}/compare/2016-2023/`);
			await expect(page.locator('[data-chart="ruling-party-history"]')).toHaveCount(0);
			const link = page.locator('.history-link a');
			await expect(link).toHaveAttribute('href', `${lang}/compare/#ruling-party-history-caption`);
			await link.click();
			await expect(page).toHaveURL(new RegExp(`${lang}/compare/#ruling-party-history-caption$`));
			await expect(page.locator('#ruling-party-history-caption')).toBeInViewport();
		}
	}
);
