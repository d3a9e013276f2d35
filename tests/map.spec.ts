import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { dataPath, FILES } from '../src/lib/data/files';
import { parseCsv } from '../src/lib/data/csv';
import { watchErrors } from './helpers';

/** Expectations come from data/, not from the page. */
const topo = JSON.parse(readFileSync(dataPath(FILES.topology), 'utf8')) as {
	objects: { regions: { geometries: { properties: { id: string; name_en: string } }[] } };
};
const UNITS = topo.objects.regions.geometries.map((g) => g.properties);
/** The 2022 splits and the older names of today's units. */
const changes = JSON.parse(readFileSync(dataPath(FILES.regionChanges), 'utf8')) as {
	splits: { region: string; from: string }[];
	aliases: { name: string; region: string }[];
};
const idOf = (name: string) =>
	UNITS.find((u) => u.name_en === name)?.id ?? changes.aliases.find((a) => a.name === name)?.region;
const turnoutRows = parseCsv(readFileSync(dataPath(FILES.turnout), 'utf8'), 'turnout');
function turnout(election: string): Map<string, number> {
	return new Map(
		turnoutRows
			.filter((r) => r.values.election === election && r.values.region_type !== 'country')
			.map((r) => [idOf(r.values.region!)!, Number(r.values.turnout_pct)])
	);
}
const T2023 = turnout('2023');
const T2021 = turnout('2021');
/** The regions created in 2022 and the region each was split from. */
const PARENT: Record<string, string> = Object.fromEntries(
	changes.splits.map((s) => [s.region, s.from])
);
const attribution = (
	JSON.parse(readFileSync(dataPath(FILES.catalog), 'utf8')) as {
		datasets: { file: string; attribution?: string }[];
	}
).datasets.find((d) => d.file === FILES.topology)!.attribution!;

/** WCAG relative luminance of a "#rrggbb" fill. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

async function fills(figure: Locator): Promise<Map<string, string>> {
	const pairs = await figure
		.locator('[data-region]')
		.evaluateAll((els) =>
			els.map((e) => [e.getAttribute('data-region')!, e.getAttribute('fill')!])
		);
	return new Map(pairs as [string, string][]);
}

/**
 * Sorting units by value must sort their fills by lightness: lower value, lighter fill.
 * `slack` allows for schemes whose lightness is flat (not strictly falling) near their middle.
 */
function expectFillsFollow(values: Map<string, number>, fill: Map<string, string>, slack = 0) {
	const ids = [...values.keys()].sort((a, b) => values.get(a)! - values.get(b)!);
	for (let i = 1; i < ids.length; i++) {
		const [a, b] = [ids[i - 1]!, ids[i]!];
		const msg = `${a} ${values.get(a)} ${fill.get(a)} vs ${b} ${values.get(b)} ${fill.get(b)}`;
		if (values.get(a) === values.get(b)) expect(fill.get(a), msg).toBe(fill.get(b));
		else expect(luminance(fill.get(a)!), msg).toBeGreaterThan(luminance(fill.get(b)!) - slack);
	}
}

const map = (page: Page, id = 'map-turnout-2023') => page.locator(`figure[data-chart="${id}"]`);

test(
	'the default map draws all 20 units with fills that follow the 2023 turnout',
	{ tag: '@static' },
	async ({ page }) => {
		const check = watchErrors(page);
		await page.goto('/map/');
		const figure = map(page);
		await expect(figure).toBeVisible();
		await expect(figure.locator('[data-region]')).toHaveCount(20);
		const fill = await fills(figure);
		expect([...fill.keys()].sort()).toEqual(UNITS.map((u) => u.id).sort());
		expect(T2023.size).toBe(20);
		expectFillsFollow(T2023, fill);

		// Almaty city has the lowest turnout in the data, and the lightest fill on the map.
		const lowest = [...T2023].sort((a, b) => a[1] - b[1])[0]!;
		expect(lowest).toEqual(['KZ-75', 25.82]);
		const lightest = [...fill].sort((a, b) => luminance(b[1]) - luminance(a[1]))[0]![0];
		expect(lightest).toBe('KZ-75');
		// Its marker carries the same colour, and is labelled with the value.
		await expect(figure.locator('circle[data-city="KZ-75"]')).toHaveAttribute(
			'fill',
			fill.get('KZ-75')!
		);
		await expect(figure.locator('circle[data-city]')).toHaveCount(3);

		// Legend and source: inside the SVG, and under it with the boundary attribution.
		await expect(
			figure.locator('svg text', { hasText: 'Turnout, % of registered voters' })
		).toHaveCount(1);
		await expect(figure.locator('.source')).toContainText(attribution);
		await expect(figure.locator('.source')).toContainText('preliminary at close of polls');
		await expect(figure.getByRole('link', { name: 'Download SVG' })).toHaveAttribute(
			'href',
			'/charts/map-turnout-2023.svg'
		);
		check();
	}
);

test(
	'the table beside the map lists all 20 units with the figures of every layer',
	{ tag: '@static' },
	async ({ page }) => {
		await page.goto('/map/');
		const rows = page.locator('tr[data-region-row]');
		await expect(rows).toHaveCount(20);
		for (const [id, pct] of T2023) {
			const row = page.locator(`tr[data-region-row="${id}"]`);
			const cells = row.locator('td');
			await expect(cells.nth(0)).toHaveText(pct.toFixed(2));
			const before = T2021.get(id) ?? T2021.get(PARENT[id]!)!;
			await expect(cells.nth(1)).toContainText(before.toFixed(1));
			const change = Math.round((pct - before) * 100) / 100;
			await expect(cells.nth(2)).toHaveText(
				`${change < 0 ? '−' : '+'}${Math.abs(change).toFixed(2)}`
			);
		}
		// Districts with a known winner are named; the four without a region are listed apart.
		await expect(page.locator('tr[data-region-row="KZ-35"] td').nth(3)).toContainText(
			'19 Arman Qalyqov'
		);
		await expect(page.locator('tr[data-region-row="KZ-23"] td').nth(3)).toHaveText('–');
		// 25 of the 29 districts have a region in the data; the other four are not placed anywhere.
		const placed = await page
			.locator('tr[data-region-row] a[href^="/districts/#district-"]')
			.evaluateAll((links) => links.map((a) => Number(a.textContent)).sort((x, y) => x - y));
		expect(placed).toHaveLength(25);
		for (const no of [13, 14, 15, 24]) expect(placed).not.toContain(no);
	}
);

test('each layer is a page of its own, reached by the layer links with or without JavaScript', async ({
	page
}) => {
	await page.goto('/map/');
	const layers = page.getByRole('navigation', { name: 'Map layer' });
	await layers.getByRole('link', { name: 'Districts' }).click();
	await expect(page).toHaveURL(/\/map\/districts\/$/);
	await expect(map(page, 'map-districts')).toBeVisible();
	await expect(map(page)).toHaveCount(0);
	await expect(layers.getByRole('link', { name: 'Districts' })).toHaveAttribute(
		'aria-current',
		'true'
	);
	await expect(
		map(page, 'map-districts').getByRole('link', { name: 'Download SVG' })
	).toHaveAttribute('href', '/charts/map-districts.svg');
});

test('the layer switch changes the map, its legend and the address', async ({ page }) => {
	const check = watchErrors(page);
	await page.goto('/map/');
	const layers = page.getByRole('navigation', { name: 'Map layer' });
	await expect(layers.getByRole('link', { name: 'Turnout 2023' })).toHaveAttribute(
		'aria-current',
		'true'
	);

	await layers.getByRole('link', { name: 'Change since 2021' }).click();
	await expect(page).toHaveURL(/\/map\/turnout-change\/$/);
	const change = map(page, 'map-turnout-change');
	await expect(change).toBeVisible();
	await expect(map(page)).toHaveCount(0);
	await expect(change.locator('[data-region]')).toHaveCount(20);
	// Abai, Jetisu and Ulytau are hatched: compared with the region each was split from.
	const hatched = await change
		.locator('[data-hatch]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-hatch')).sort());
	expect(hatched).toEqual(Object.keys(PARENT).sort());
	const changes = new Map(
		[...T2023].map(([id, v]) => [id, v - (T2021.get(id) ?? T2021.get(PARENT[id]!)!)])
	);
	// Every change is a fall, drawn in orange: the bigger the fall, the darker.
	expect([...changes.values()].every((v) => v < 0)).toBe(true);
	// PuOr's lightness peaks just off its middle, so two near-zero falls may differ by a hair.
	const falls = new Map([...changes].map(([id, v]) => [id, -v]));
	expectFillsFollow(falls, await fills(change), 0.002);
	await expect(change.locator('.source')).toContainText('22:00');
	await expect(change.locator('svg text', { hasText: 'Created in 2022' })).toHaveCount(1);

	await layers.getByRole('link', { name: 'Districts' }).click();
	await expect(page).toHaveURL(/\/map\/districts\/$/);
	const districts = map(page, 'map-districts');
	await expect(districts.locator('svg text', { hasText: '3 districts' })).toHaveCount(1);
	await expect(districts.getByText('Region not in the dataset (not guessed)')).toBeVisible();

	await page.goBack();
	await expect(map(page, 'map-turnout-change')).toBeVisible();
	check();
});

test(
	'tooltips show a unit’s figures on hover and on keyboard focus',
	{ tag: '@js' },
	async ({ page }) => {
		await page.goto('/map/');
		const figure = map(page);
		const tip = figure.locator('.chart-tip');
		await figure.locator('circle[data-city="KZ-75"]').hover();
		await expect(tip).toBeVisible();
		await expect(tip).toContainText('Almaty');
		await expect(tip).toContainText('25.82%');

		await figure.locator('[data-region="KZ-43"]').focus();
		await expect(tip).toContainText('Kyzylorda Region');
		await expect(tip).toContainText(`${T2023.get('KZ-43')!.toFixed(2)}%`);

		await page.goto('/map/?layer=districts');
		const districts = map(page, 'map-districts');
		await districts.locator('[data-region="KZ-35"]').hover({ position: { x: 60, y: 40 } });
		await expect(districts.locator('.chart-tip')).toContainText('No. 19: Arman Qalyqov');
		await expect(districts.locator('.chart-tip')).toContainText('No. 18: winner not in dataset');
	}
);

test(
	'each unit is one tab stop; Enter opens it in the panel and the address',
	{ tag: '@js' },
	async ({ page }) => {
		const check = watchErrors(page);
		await page.goto('/map/');
		// Tooltips and key handlers work once the page has hydrated (the theme switch shows it).
		await expect(page.locator('.theme-toggle')).toBeVisible();
		const figure = map(page);
		await expect(figure.locator('[tabindex="0"]')).toHaveCount(20);
		await figure.locator('[data-region="KZ-55"]').focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\?region=KZ-55$/);
		const panel = page.locator('[data-panel]');
		await expect(panel).toHaveAttribute('data-panel', 'KZ-55');
		await expect(panel.getByRole('heading')).toHaveText('Pavlodar Region');
		await expect(panel).toContainText(`${T2023.get('KZ-55')!.toFixed(2)}%`);
		await expect(figure.locator('[data-selected="KZ-55"]')).toHaveCount(1);
		await expect(page.locator('tr[data-region-row="KZ-55"]')).toHaveClass(/selected/);
		// Tab moves on to the next region, A to Z (the three cities come last, on top of the map).
		await page.keyboard.press('Tab');
		await expect(figure.locator('[data-region="KZ-61"]')).toBeFocused();
		check();
	}
);

test(
	'a region in the address opens its panel; unknown values fall back with a note',
	{ tag: '@js' },
	async ({ page }) => {
		await page.goto('/map/?layer=turnout-change&region=KZ-10');
		// The layer's own page takes the place of the older ?layer= address, keeping the unit.
		await expect(page).toHaveURL(/\/map\/turnout-change\/\?region=KZ-10$/);
		await expect(map(page, 'map-turnout-change')).toBeVisible();
		const panel = page.locator('[data-panel]');
		await expect(panel.getByRole('heading')).toHaveText('Abai Region');
		await expect(panel).toContainText('East Kazakhstan Region, which it was part of until 2022');
		await expect(panel).toContainText('Nurtai Sabilianov');

		await page.goto('/map/?layer=nonsense&region=KZ-99');
		await expect(map(page)).toBeVisible();
		await expect(page.getByText('There is no layer “nonsense”')).toBeVisible();
		await expect(page.getByText('No unit with the code “KZ-99”')).toBeVisible();
		await expect(panel.getByRole('heading')).toHaveText('Kazakhstan');
	}
);

for (const id of ['map-turnout-2023', 'map-turnout-change', 'map-districts']) {
	test(
		`/charts/${id}.svg stands alone, with the boundary attribution`,
		{ tag: '@static' },
		async ({ request }) => {
			const response = await request.get(`/charts/${id}.svg`);
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toContain('image/svg+xml');
			const svg = await response.text();
			expect(svg.match(/<path[^>]* data-region="KZ-\d\d"/g)).toHaveLength(20);
			expect(svg).not.toContain('tabindex');
			// The attribution is wrapped over several lines: compare the words in order.
			const words = [...svg.matchAll(/<text[^>]*fill="#4f5b66"[^>]*>([^<]*)<\/text>/g)]
				.map((m) => m[1])
				.join(' ')
				.replaceAll('&amp;', '&');
			expect(words).toContain(attribution);
		}
	);
}

test('the shapes come from one file, loaded once and drawn with or without JavaScript', async ({
	page
}) => {
	const files: string[] = [];
	page.on('response', (r) => {
		if (new URL(r.url()).pathname.startsWith('/geo/')) files.push(`${r.status()} ${r.url()}`);
	});
	await page.goto('/map/');
	const regions = page.locator('[data-region]');
	await expect(regions).toHaveCount(20);
	// Each unit is drawn from the file: a <use> of nothing would have no box.
	for (const region of await regions.all()) {
		await expect.poll(async () => (await region.boundingBox())?.width ?? 0).toBeGreaterThan(3);
	}
	expect(files).toHaveLength(1);
	expect(files[0]).toMatch(/^200 .*\/geo\/units-[0-9a-f]{8}\.svg$/);
});

test(
	'the map pages carry the country’s panel only; every unit’s comes from its language’s panels file',
	{ tag: '@static' },
	async ({ request }) => {
		const ids = UNITS.map((u) => u.id).sort();
		for (const [lang, prefix] of [
			['en', ''],
			['kk', '/kk'],
			['ru', '/ru']
		] as const) {
			for (const layer of ['', 'turnout-change/', 'districts/']) {
				const html = await (await request.get(`${prefix}/map/${layer}`)).text();
				expect(html).not.toContain('<template');
				expect(html).toContain(`data-panels="/map/panels/${lang}.html"`);
			}
			const response = await request.get(`/map/panels/${lang}.html`);
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toContain('text/html');
			const file = await response.text();
			expect(file).toContain(`<html lang="${lang}">`);
			const panels = [...file.matchAll(/<template data-panel-for="([^"]+)"><section /g)];
			expect(panels.map((m) => m[1]).sort()).toEqual(ids);
			expect(file).not.toContain('<!--');
		}
	}
);

test(
	'a unit chosen before its panel arrives is shown when it does; a missing file says so',
	{ tag: '@js' },
	async ({ page }) => {
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/map/panels/en.html', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/map/?region=KZ-55');
		const panel = page.locator('[data-panel]');
		await expect(page.locator('[data-region="KZ-55"][tabindex]')).toBeVisible();
		await expect(panel.getByRole('heading')).toHaveText('Kazakhstan');
		release();
		await expect(panel.getByRole('heading')).toHaveText('Pavlodar Region');

		await page.unroute('**/map/panels/en.html');
		await page.route('**/map/panels/en.html', (route) => route.abort());
		await page.goto('/map/');
		await page.locator('[data-region="KZ-55"][tabindex]').click();
		await expect(page.getByText('The details could not be loaded')).toBeVisible();
		await expect(panel.getByRole('heading')).toHaveText('Kazakhstan');
		await expect(page).toHaveURL(/\?region=KZ-55$/);
	}
);
