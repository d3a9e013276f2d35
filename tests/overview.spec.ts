import { expect, test } from './fixtures';
import { readdirSync, readFileSync } from 'node:fs';
import { dataPath, FILES } from '../src/lib/data/files';
import { join } from 'node:path';
import { watchErrors } from './helpers';

/** The raw data file, read here independently of the site's own loader. */
const elections = JSON.parse(readFileSync(dataPath(FILES.elections), 'utf8')).elections as {
	id: string;
	seats_total: number;
	seats_by_method: { party_list_pr: number; single_member_districts: number };
	turnout_pct: number | null;
	turnout_pct_alternatives?: Record<string, string>;
	threshold_pct: number;
	parties: { party_id: string; pct: number | null; list_seats: number; total_seats: number }[];
}[];
const membership = JSON.parse(readFileSync(dataPath(FILES.membership), 'utf8')) as {
	smd_seats_by_membership: Record<string, number>;
};
const e2023 = elections.find((e) => e.id === '2023')!;
const amanatList = e2023.parties.find((p) => p.party_id === 'amanat')!.list_seats;
const amanatByMembership = amanatList + membership.smd_seats_by_membership.amanat!;
const amanatByNomination = e2023.parties.find((p) => p.party_id === 'amanat')!.total_seats;

const CHARTS = ['hemicycle-2023', 'vote-share-2023', 'seats-by-method-2023', 'turnout-history'];

test.describe('overview page /', () => {
	test(
		'the hemicycle draws every seat by party and method, in the HTML',
		{ tag: '@static' },
		async ({ page }) => {
			const check = watchErrors(page);
			await page.goto('/');
			const chart = page.locator('figure[data-chart="hemicycle-2023"]');
			const seats = chart.locator('[data-party]');
			await expect(seats).toHaveCount(e2023.seats_total);
			expect(e2023.seats_total).toBe(98);
			await expect(chart.locator('[data-party="amanat"]')).toHaveCount(amanatByMembership);
			expect(amanatByMembership).toBe(63);
			await expect(chart.locator('[data-method="list"]')).toHaveCount(
				e2023.seats_by_method.party_list_pr
			);
			await expect(chart.locator('[data-method="smd"]')).toHaveCount(
				e2023.seats_by_method.single_member_districts
			);
			expect([
				e2023.seats_by_method.party_list_pr,
				e2023.seats_by_method.single_member_districts
			]).toEqual([69, 29]);
			// Every seat says whose it is and how it was won, and nothing else claims to be a seat.
			for (const attr of await seats.evaluateAll((els) =>
				els.map((el) => `${el.tagName}:${el.getAttribute('data-method')}`)
			))
				expect(attr).toMatch(/^circle:(list|smd)$/);
			check();
		}
	);

	test(
		'every chart is one titled, described svg with a table, source and download',
		{ tag: '@static' },
		async ({ page }) => {
			await page.goto('/');
			const figures = page.locator('figure[data-chart]');
			expect(await figures.evaluateAll((f) => f.map((x) => x.getAttribute('data-chart')))).toEqual(
				CHARTS
			);
			for (const id of CHARTS) {
				const figure = page.locator(`figure[data-chart="${id}"]`);
				const svg = figure.locator('svg[role="img"]');
				await expect(svg, id).toHaveCount(1);
				await expect(figure.locator('svg'), id).toHaveCount(1);
				await expect(svg.locator('title'), id).not.toBeEmpty();
				await expect(svg.locator('desc'), id).not.toBeEmpty();
				await expect(svg, id).toBeVisible();
				await expect(figure.locator('.source'), id).toContainText('Source:');
				await expect(figure.locator('table'), id).toHaveCount(1);
				await expect(figure.getByRole('link', { name: 'Download SVG' }), id).toHaveAttribute(
					'href',
					`/charts/${id}.svg`
				);
			}
		}
	);

	test(
		'the data tables open without JavaScript and hold the numbers',
		{ tag: '@static' },
		async ({ page }) => {
			await page.goto('/');
			const seats = page.locator('figure[data-chart="seats-by-method-2023"]');
			await seats.getByText('Data table').click();
			const amanatRow = seats.locator('tbody tr', { hasText: 'Amanat' });
			await expect(amanatRow.locator('td')).toHaveText([
				String(amanatList),
				String(amanatByMembership - amanatList),
				String(amanatByNomination - amanatList),
				String(amanatByMembership),
				String(amanatByNomination)
			]);
			const votes = page.locator('figure[data-chart="vote-share-2023"]');
			await votes.getByText('Data table').click();
			await expect(votes.locator('tbody tr', { hasText: 'Against all' })).toContainText('3.90%');
			// The turnout table is open by default; a figure the data lacks shows as missing.
			const turnout = page.locator('figure[data-chart="turnout-history"]');
			await expect(turnout.locator('table')).toBeVisible();
			await expect(turnout.locator('tbody tr')).toHaveCount(elections.length);
			await expect(turnout.getByText('– not in the dataset')).toBeVisible();
		}
	);

	test(
		'headline figures come from the data, with both Amanat counts and sources',
		{ tag: '@static' },
		async ({ page }) => {
			await page.goto('/');
			const key = page.locator('section.key');
			const fig = (name: string) => key.locator(`[data-figure="${name}"] .value`);
			await expect(fig('seats')).toHaveText(String(e2023.seats_total));
			await expect(fig('amanat')).toHaveText(`${amanatByMembership}*`);
			await expect(key.locator('[data-figure="amanat"]')).toContainText(
				`${amanatByNomination} by nomination`
			);
			await expect(fig('methods')).toHaveText(
				`${e2023.seats_by_method.party_list_pr} + ${e2023.seats_by_method.single_member_districts}`
			);
			await expect(fig('turnout')).toHaveText(`${e2023.turnout_pct!.toFixed(2)}%`);
			await expect(key.locator('[data-figure="turnout"]')).toContainText('rounded to 54%');
			await expect(key.locator('[data-figure="turnout"]')).toContainText('54.19%');
			const contestants = e2023.parties.filter((p) => p.pct !== null);
			const over = contestants.filter((p) => p.pct! >= e2023.threshold_pct);
			await expect(fig('threshold')).toHaveText(`${over.length} of ${contestants.length}`);
			const e2021 = elections.find((e) => e.id === '2021')!;
			await expect(fig('previous')).toHaveText(
				`${e2021.parties.find((p) => p.party_id === 'amanat')!.total_seats} of ${e2021.seats_total}`
			);
			await expect(key.locator('[data-figure="previous"]')).toContainText('Nur Otan');

			const note = page.locator('#amanat-count');
			await expect(note).toContainText(`${amanatList} + ${amanatByNomination - amanatList} = 62`);
			await expect(note).toContainText(`${amanatList} + ${amanatByMembership - amanatList} = 63`);
			for (const name of ['Congressional Research Service', 'Eurasianet', 'News.az', 'RIA Novosti'])
				await expect(note.getByRole('link', { name })).toHaveAttribute('href', /^https:\/\//);
			await key.getByRole('link', { name: 'why', exact: true }).click();
			await expect(page).toHaveURL(/#amanat-count$/);
		}
	);

	test(
		'vote shares: threshold line, Baytaq marked under it, against all apart',
		{ tag: '@static' },
		async ({ page }) => {
			await page.goto('/');
			const chart = page.locator('figure[data-chart="vote-share-2023"] svg');
			await expect(chart.getByText('5% threshold', { exact: true })).toBeVisible();
			await expect(chart.locator('[data-bar="baytaq"]')).toContainText('under 5%');
			const against = chart.locator('[data-bar="against-all"]');
			await expect(against).toContainText('3.90%');
			// 'Against all' sits below every party bar.
			const lowestParty = await chart
				.locator('[data-bar]:not([data-bar="against-all"]) rect')
				.evaluateAll((rs) => Math.max(...rs.map((r) => r.getBoundingClientRect().bottom)));
			const againstTop = await against
				.locator('rect')
				.evaluate((r) => r.getBoundingClientRect().top);
			expect(againstTop).toBeGreaterThan(lowestParty + 10);
			await expect(
				page.locator('figure[data-chart="turnout-history"]').getByText(/also 68\.4%/)
			).toBeVisible();
		}
	);

	test('nothing is wider than a phone screen', { tag: '@static' }, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test(
		'tooltips: hovering a seat and focusing a party or bar shows its text',
		{ tag: '@js' },
		async ({ page }) => {
			const check = watchErrors(page);
			await page.goto('/');
			// Tooltips and key handlers work once the page has hydrated (the theme switch shows it).
			await expect(page.locator('.theme-toggle')).toBeVisible();
			const hemicycle = page.locator('figure[data-chart="hemicycle-2023"]');
			const tip = hemicycle.locator('.chart-tip');
			await expect(tip).toBeHidden();
			await hemicycle.locator('circle[data-party="amanat"][data-method="smd"]').first().hover();
			await expect(tip).toBeVisible();
			await expect(tip).toContainText('Amanat');
			await expect(tip).toContainText('Single-mandate seat');
			await expect(tip).toContainText(`${amanatByMembership} of ${e2023.seats_total} seats`);

			await page.mouse.move(0, 0);
			await expect(tip).toBeHidden();
			await hemicycle.locator('[data-party-group="auyl"]').focus();
			await expect(tip).toBeVisible();
			await expect(tip).toContainText('Auyl');
			await expect(tip).toContainText(`8 of ${e2023.seats_total} seats`);
			await page.keyboard.press('Escape');
			await expect(tip).toBeHidden();

			// The keyboard reaches each party group in turn: one stop per party, not per seat.
			await page.keyboard.press('Tab');
			await expect(page.locator(':focus')).toHaveAttribute('data-party-group', 'amanat');
			await expect(hemicycle.locator('[tabindex="0"]')).toHaveCount(7);

			const votes = page.locator('figure[data-chart="vote-share-2023"]');
			await votes.locator('[data-bar="baytaq"]').focus();
			await expect(votes.locator('.chart-tip')).toContainText('no party-list seats');
			const seats = page.locator('figure[data-chart="seats-by-method-2023"]');
			await seats.locator('[data-party-group="amanat"]').hover();
			await expect(seats.locator('.chart-tip')).toContainText('By nomination (CEC)');
			const turnout = page.locator('figure[data-chart="turnout-history"]');
			await turnout.locator('[data-election="2007"]').focus();
			await expect(turnout.locator('.chart-tip')).toContainText('Also published: 68.4%');
			check();
		}
	);

	for (const id of CHARTS) {
		test(
			`/charts/${id}.svg is a standalone SVG of the chart`,
			{ tag: '@static' },
			async ({ request, page }) => {
				const response = await request.get(`/charts/${id}.svg`);
				expect(response.status()).toBe(200);
				expect(response.headers()['content-type']).toContain('image/svg+xml');
				const body = await response.text();
				expect(body.startsWith('<?xml')).toBe(true);
				expect(body).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
				await page.goto('/');
				const title = await page.locator(`figure[data-chart="${id}"] svg > title`).textContent();
				expect(body).toContain(
					`>${title!.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</title>`
				);
				expect(body).not.toContain('tabindex');
			}
		);
	}
});

test('the browser bundle carries no d3 code', { tag: '@static' }, () => {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (path.endsWith('.js')) files.push(path);
		}
	};
	walk('build/_app');
	expect(files.length).toBeGreaterThan(0);
	// Property names of d3-scale, d3-geo and d3-shape objects survive minification.
	for (const file of files) {
		const code = readFileSync(file, 'utf8');
		for (const marker of [
			'paddingInner',
			'rangeRound',
			'tickFormat',
			'fitSize',
			'padAngle',
			'geoPath'
		])
			expect(code.includes(marker), `${marker} in ${file}`).toBe(false);
	}
});
