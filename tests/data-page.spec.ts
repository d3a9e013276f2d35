import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { dataPath, FILES } from '../src/lib/data/files';

test(
	'the data page offers every catalogued file with its licence and sources',
	{ tag: '@static' },
	async ({ page, request }) => {
		const catalog = JSON.parse(readFileSync(dataPath(FILES.catalog), 'utf8')) as {
			datasets: { file: string; licence: string }[];
		};
		await page.goto('/data/');
		for (const d of catalog.datasets) {
			const link = page.getByRole('link', { name: `Download ${d.file}` });
			await expect(link).toBeVisible();
			const href = await link.getAttribute('href');
			const response = await request.get(href!);
			expect(response.status(), d.file).toBe(200);
			expect(await response.body(), d.file).toEqual(readFileSync(dataPath(d.file)));
		}
		await expect(page.getByText('CC BY-IGO 3.0').first()).toBeVisible();
		await expect(
			page.getByText(/OCHA\/UNHCR, Kazakhstan Subnational Administrative Boundaries/)
		).toBeVisible();
		await expect(
			page.getByRole('link', { name: 'Congressional Research Service' }).first()
		).toHaveAttribute('href', 'https://www.everycrsreport.com/reports/IN12144.html');
	}
);
