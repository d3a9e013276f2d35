import { expect, test } from './fixtures';
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

test('lists the 29 districts in number order, missing values shown as missing', async ({
	page
}) => {
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
});

test('a region link leads to that region on the map', async ({ page }, testInfo) => {
	await page.goto('/districts/');
	await page.locator('tr#district-19').getByRole('link', { name: 'Karaganda Region' }).click();
	await expect(page).toHaveURL(/\/map\/\?region=KZ-35#region-KZ-35$/);
	await expect(page.locator('tr#region-KZ-35')).toBeVisible();
	if (testInfo.project.name === 'js') {
		await expect(page.locator('[data-panel]')).toHaveAttribute('data-panel', 'KZ-35');
		await expect(page.locator('[data-panel]')).toContainText('Arman Qalyqov');
	}
});

test('without JavaScript the table stays in district order with no sort buttons', async ({
	page
}, testInfo) => {
	test.skip(testInfo.project.name === 'js', 'checks the page without JavaScript');
	await page.goto('/districts/');
	await expect(page.locator('thead button')).toHaveCount(0);
	await expect(page.locator('tbody tr').first()).toHaveAttribute('data-district', '1');
});

test('sorts by a column, both ways, keeping missing values last', async ({ page }, testInfo) => {
	test.skip(testInfo.project.name === 'no-js', 'needs JS');
	const check = watchErrors(page);
	await page.goto('/districts/');
	const winners = () =>
		page
			.locator('tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) =>
					(tr.querySelectorAll('td')[2] as HTMLElement).innerText.split('\n')[0]!.trim()
				)
			);
	const known = DISTRICTS.filter((d) => d.winner).map((d) => d.winner!);
	const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

	await page.getByRole('button', { name: /^Winner/ }).click();
	await expect(page.getByRole('columnheader', { name: /^Winner/ })).toHaveAttribute(
		'aria-sort',
		'ascending'
	);
	let list = await winners();
	expect(list.slice(0, known.length)).toEqual([...known].sort(collator.compare));
	expect(list.slice(known.length).every((w) => w === '–')).toBe(true);

	await page.getByRole('button', { name: /^Winner/ }).click();
	await expect(page.getByRole('columnheader', { name: /^Winner/ })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	list = await winners();
	expect(list.slice(0, known.length)).toEqual([...known].sort(collator.compare).reverse());
	expect(list.slice(known.length).every((w) => w === '–')).toBe(true);

	await page.getByRole('button', { name: /^No\./ }).click();
	await expect(page.locator('tbody tr').first()).toHaveAttribute('data-district', '1');
	check();
});
