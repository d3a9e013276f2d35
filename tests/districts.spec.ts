import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dataPath, FILES } from '../src/lib/data/files';
import { parseCsv } from '../src/lib/data/csv';
import { watchErrors } from './helpers';

/** Expectations come from data/, not from the page. */
const DISTRICTS = parseCsv(readFileSync(dataPath(FILES.districts), 'utf8'), 'districts').map(
	(r) => r.values
);
const catalog = JSON.parse(readFileSync(dataPath(FILES.catalog), 'utf8')) as {
	datasets: { file: string; gaps: string[] }[];
};
const GAPS = catalog.datasets.find((d) => d.file === FILES.districts)!.gaps;
const topo = JSON.parse(readFileSync(dataPath(FILES.topology), 'utf8')) as {
	objects: { regions: { geometries: { properties: { id: string; name_en: string } }[] } };
};
const regionId = (name: string) =>
	topo.objects.regions.geometries.find((g) => g.properties.name_en === name)?.properties.id;

test(
	'lists the 29 districts in number order, missing values shown as missing',
	{ tag: '@static' },
	async ({ page }) => {
		const check = watchErrors(page);
		await page.goto('/districts/');
		const rows = page.locator('tbody tr');
		await expect(rows).toHaveCount(29);
		expect(DISTRICTS).toHaveLength(29);
		const numbers = await rows.evaluateAll((trs) =>
			trs.map((tr) => Number(tr.getAttribute('data-district')))
		);
		expect(numbers).toEqual(DISTRICTS.map((d) => Number(d.district_no)));
		for (const d of DISTRICTS) {
			const cells = page.locator(`tr#district-${d.district_no} td`);
			await expect(cells.nth(0)).toHaveText(d.area || '–');
			await expect(cells.nth(2)).toContainText(d.winner || '–');
			await expect(cells.nth(3)).toHaveText(d.nomination || '–');
			await expect(cells.nth(4)).toHaveText(d.party_membership || '–');
			if (d.region) {
				const link = cells.nth(1).getByRole('link', { name: d.region });
				const id = regionId(d.region)!;
				await expect(link).toHaveAttribute('href', `/map/?region=${id}#region-${id}`);
			} else {
				await expect(cells.nth(1)).toHaveText('– not confirmed');
			}
		}
		// The four districts with no region are never given one.
		expect(DISTRICTS.filter((d) => !d.region).map((d) => d.district_no)).toEqual([
			'13',
			'14',
			'15',
			'24'
		]);
		for (const gap of GAPS) await expect(page.getByText(gap)).toBeVisible();
		check();
	}
);

test(
	'a region link leads to that region on the map',
	{ tag: '@static' },
	async ({ page }, testInfo) => {
		await page.goto('/districts/');
		await page.locator('tr#district-19').getByRole('link', { name: 'Karaganda Region' }).click();
		await expect(page).toHaveURL(/\/map\/\?region=KZ-35#region-KZ-35$/);
		await expect(page.locator('tr#region-KZ-35')).toBeVisible();
		if (testInfo.project.name === 'js') {
			await expect(page.locator('[data-panel]')).toHaveAttribute('data-panel', 'KZ-35');
			await expect(page.locator('[data-panel]')).toContainText('Arman Qalyqov');
		}
	}
);

test('is served without SvelteKit’s client, in district order, sorted by number', async ({
	page
}) => {
	for (const path of ['/districts/', '/kk/districts/', '/ru/districts/']) {
		const response = await page.goto(path);
		const html = (await response!.text()) ?? '';
		expect(html, path).not.toContain('/_app/immutable/entry/');
		await expect(page.locator('link[rel="modulepreload"]')).toHaveCount(0);
		await expect(page.locator('tbody tr').first()).toHaveAttribute('data-district', '1');
		await expect(page.locator('thead th[aria-sort]')).toHaveCount(1);
		await expect(page.locator('thead th').first()).toHaveAttribute('aria-sort', 'ascending');
	}
});

test(
	'without JavaScript the headings are plain text, with no sort buttons',
	{ tag: '@static' },
	async ({ page }) => {
		await page.goto('/districts/');
		await expect(page.locator('thead').getByRole('button')).toHaveCount(0);
		await expect(page.getByRole('columnheader', { name: 'Winner' })).toBeVisible();
		await expect(page.getByText('choose a column heading to sort')).toBeHidden();
	}
);

/** The winner column as shown (first line of each cell), top to bottom. */
const winners = (page: Page) =>
	page
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) =>
				(tr.querySelectorAll('td')[2] as HTMLElement).innerText.split('\n')[0]!.trim()
			)
		);

test(
	'sorts by a column with the mouse, both ways, keeping missing values last',
	{ tag: '@js' },
	async ({ page }) => {
		const check = watchErrors(page);
		await page.goto('/districts/');
		const known = DISTRICTS.filter((d) => d.winner).map((d) => d.winner!);
		const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
		const winner = page.getByRole('columnheader', { name: /^Winner/ });
		await expect(page.getByText('choose a column heading to sort')).toBeVisible();

		await page.getByRole('button', { name: /^Winner/ }).click();
		await expect(winner).toHaveAttribute('aria-sort', 'ascending');
		await expect(page.locator('thead th[aria-sort]')).toHaveCount(1);
		let list = await winners(page);
		expect(list.slice(0, known.length)).toEqual([...known].sort(collator.compare));
		expect(list.slice(known.length).every((w) => w === '–')).toBe(true);

		await page.getByRole('button', { name: /^Winner/ }).click();
		await expect(winner).toHaveAttribute('aria-sort', 'descending');
		list = await winners(page);
		expect(list.slice(0, known.length)).toEqual([...known].sort(collator.compare).reverse());
		expect(list.slice(known.length).every((w) => w === '–')).toBe(true);

		// Numbers sort as numbers: 29 before 3 going down, and back to district order going up.
		const no = page.getByRole('button', { name: /^No\./ });
		await no.click();
		await expect(page.getByRole('columnheader', { name: /^No\./ })).toHaveAttribute(
			'aria-sort',
			'ascending'
		);
		await expect(winner).not.toHaveAttribute('aria-sort');
		await expect(page.locator('tbody tr').first()).toHaveAttribute('data-district', '1');
		await no.click();
		const numbers = await page
			.locator('tbody tr')
			.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-district'))));
		expect(numbers).toEqual(DISTRICTS.map((d) => Number(d.district_no)).sort((a, b) => b - a));
		check();
	}
);

test('sorts by keyboard, focus staying on the heading', { tag: '@js' }, async ({ page }) => {
	await page.goto('/districts/');
	const button = page.getByRole('button', { name: /^Region/ });
	await button.focus();
	await page.keyboard.press('Enter');
	const region = page.getByRole('columnheader', { name: /^Region/ });
	await expect(region).toHaveAttribute('aria-sort', 'ascending');
	await expect(button).toBeFocused();
	const last = await page
		.locator('tbody tr')
		.evaluateAll((trs) => trs.slice(-4).map((tr) => tr.getAttribute('data-district')));
	expect(last).toEqual(['13', '14', '15', '24']);
	await page.keyboard.press('Space');
	await expect(region).toHaveAttribute('aria-sort', 'descending');
	await expect(button).toBeFocused();
	// Missing regions stay last going down, too, in district order.
	const lastDown = await page
		.locator('tbody tr')
		.evaluateAll((trs) => trs.slice(-4).map((tr) => tr.getAttribute('data-district')));
	expect(lastDown).toEqual(['13', '14', '15', '24']);
});

test('sorts Russian region names in Russian order', { tag: '@js' }, async ({ page }) => {
	await page.goto('/ru/districts/');
	await page.locator('thead button').nth(2).click();
	const regions = await page
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => tr.querySelectorAll('td')[1]!.getAttribute('data-sort-value'))
		);
	const known = regions.filter((r): r is string => !!r);
	expect(known).toHaveLength(25);
	expect(known).toEqual([...known].sort(new Intl.Collator('ru', { sensitivity: 'base' }).compare));
	expect(regions.slice(known.length)).toEqual(['', '', '', '']);
});

test(
	'the headings are laid out before the page script runs as after',
	{ tag: '@js' },
	async ({ browser }) => {
		const boxes = async (blockScript: boolean) => {
			const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
			if (blockScript) await page.route('**/_app/immutable/workers/**', (r) => r.abort());
			await page.goto('/districts/');
			if (!blockScript) await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
			else await expect(page.locator('html')).not.toHaveAttribute('data-enhanced');
			const out = await page
				.locator('thead th, tbody tr:first-child > *, .caption')
				.evaluateAll((els) => els.map((e) => JSON.stringify(e.getBoundingClientRect())));
			await page.close();
			return out;
		};
		expect(await boxes(true)).toEqual(await boxes(false));
	}
);
