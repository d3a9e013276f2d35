import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { dataPath, FILES } from '../src/lib/data/files';
import { watchErrors } from './helpers';

/** The raw regional file, read here independently of the site's loader. */
const regional = readFileSync(dataPath(FILES.voteTurnout), 'utf8');
const notFound2026 = regional
	.split('\n')
	.filter((l) => l.startsWith('referendum-2026-03,2026-03-15 20:00') && l.includes(',not found,'))
	.map((l) => /,(KZ-\d\d),/.exec(l)![1]!);

const PREFIXES = ['', '/kk', '/ru'] as const;
/** "81.31%" as each language writes it (Kazakh "81,31%", Russian "81,31 %"). */
const pct = (v: string, prefix: string) =>
	new RegExp(prefix ? `${v.replace('.', ',')}\\s?%` : `${v.replace('.', '\\.')}%`);

test.describe('presidential and referendum pages', () => {
	for (const prefix of PREFIXES) {
		test(
			`${prefix}/president/2022/: Tokayev 81.31%, turnout 69.44%, a map of 20 units at 22:00`,
			{ tag: '@static' },
			async ({ page }) => {
				const check = watchErrors(page);
				await page.goto(`${prefix}/president/2022/`);
				const chart = page.locator('figure[data-chart="president-2022"]');
				const winner = chart.locator('[data-winner]');
				await expect(winner).toHaveCount(1);
				await expect(winner).toHaveAttribute('data-option', 'kassym-jomart-tokayev');
				await expect(winner).toContainText(pct('81.31', prefix));
				await expect(winner.locator('text').first()).toHaveText('Kassym-Jomart Tokayev');
				// 'Against all' is apart from the candidates, below the rule.
				await expect(chart.locator('[data-option="against-all"]')).toContainText(
					pct('5.80', prefix)
				);
				await expect(page.locator('[data-facts]')).toContainText(pct('69.44', prefix));
				const map = page.locator('figure[data-chart="turnout-map-president-2022-2200"]');
				await expect(map.locator('[data-region]')).toHaveCount(20);
				await expect(map.locator('figcaption')).toContainText('22:00');
				// The 2022 'against all' conflict (460,484 vs 480,484) is shown under the figure.
				await expect(page.locator('[data-conflicts]')).toContainText('480,484');
				check();
			}
		);

		test(
			`${prefix}/referendums/2026/: yes 87.15% of all who took part, turnout 73.12%, maps at 18:00 and 20:00`,
			{ tag: '@static' },
			async ({ page }) => {
				const check = watchErrors(page);
				await page.goto(`${prefix}/referendums/2026/`);
				const chart = page.locator('figure[data-chart="referendum-2026"]');
				await expect(chart.locator('[data-option="yes"]')).toContainText(pct('87.15', prefix));
				await expect(chart.locator('svg')).toContainText(prefix ? '9 127 192' : '9,127,192');
				await expect(page.locator('[data-facts]')).toContainText(pct('73.12', prefix));
				await expect(page.locator('[data-question] blockquote')).toContainText(
					'Do you accept the new Constitution'
				);
				const at18 = page.locator('figure[data-chart="turnout-map-referendum-2026-1800"]');
				await expect(at18.locator('[data-region]')).toHaveCount(20);
				await expect(at18.locator('[data-hatch]')).toHaveCount(0);
				const at20 = page.locator('figure[data-chart="turnout-map-referendum-2026-2000"]');
				await expect(at20.locator('[data-region]')).toHaveCount(20);
				expect(notFound2026).toHaveLength(4);
				const hatched = await at20
					.locator('[data-hatch]')
					.evaluateAll((els) => els.map((e) => e.getAttribute('data-hatch')));
				expect(hatched.sort()).toEqual([...notFound2026].sort());
				check();
			}
		);
	}

	test(
		"the 2022 referendum map is on the borders of its day: the regions created later take their parent's figure",
		{ tag: '@static' },
		async ({ page }) => {
			await page.goto('/referendums/2022/');
			const map = page.locator('figure[data-chart="turnout-map-referendum-2022-close"]');
			await expect(map.locator('[data-region]')).toHaveCount(20);
			const fill = (id: string) =>
				map.locator(`[data-region="${id}"]`).first().getAttribute('fill');
			// Abai (KZ-10) was part of East Kazakhstan (KZ-63) on 5 June 2022.
			expect(await fill('KZ-10')).toBe(await fill('KZ-63'));
			await expect(map.locator('[data-hatch="KZ-10"]')).toHaveCount(0);
			// Aktobe was not found in the close-of-polls report.
			await expect(map.locator('[data-hatch="KZ-15"]')).toHaveCount(1);
		}
	);

	test('each index lists its votes and links them', { tag: '@static' }, async ({ page }) => {
		await page.goto('/president/');
		await expect(page.locator('[data-vote-page]')).toHaveCount(7);
		await page.goto('/ru/referendums/');
		const links = page.locator('[data-vote-page] a');
		await expect(links).toHaveCount(5);
		await expect(links.first()).toHaveAttribute('href', '/ru/referendums/2026/');
	});

	test(
		"/votes/ links each vote to its page, in the page's language",
		{ tag: '@static' },
		async ({ page }) => {
			await page.goto('/kk/votes/');
			const table = page.locator('figure[data-chart="national-turnout"] table');
			await expect(table.locator('a[href="/kk/president/2022/"]')).toHaveCount(1);
			await expect(table.locator('a[href="/kk/referendums/1995-04/"]')).toHaveCount(1);
			await expect(table.locator('a[href="/kk/"]')).toHaveCount(1);
			await expect(table.locator('a[href="/kk/compare/2004-2023/"]')).toHaveCount(1);
			// 1994 Supreme Council, Majilis 1995 and 1999, the Kurultai: no page, no link.
			await expect(table.locator('tbody th a')).toHaveCount(22 - 4);
		}
	);
});
