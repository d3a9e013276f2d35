import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MESSAGES } from './messages';
import { watchErrors } from './helpers';

const LANGS = ['kk', 'ru'] as const;
/** A catalogue message with simple arguments filled in. */
const fill = (message: string, args: Record<string, string>) =>
	message.replace(/\{(\w+)\}/g, (all, k: string) => args[k] ?? all);
/** "Nur Otan (now Amanat)" as the charts write it. */
const NUR_OTAN_NOW = { kk: 'Нұр Отан (қазір Amanat)', ru: 'Нур Отан (ныне Аманат)' };
const KEYS = Object.keys(MESSAGES.en).filter((k) => k.includes('_'));
const RAW_KEY = new RegExp(`\\b(${KEYS.join('|')})\\b`);
/** English interface words of the compare page; none may be left in its Kazakh or Russian text. */
const ENGLISH = [
	'Compare convocations',
	'Link to this comparison',
	'Pick two elections',
	'Swap',
	'Seats',
	'seats',
	'Party list',
	'Single-mandate',
	'Majority',
	'Share of the chamber',
	'Vote share',
	'Turnout',
	'then Nur Otan',
	'Download',
	'Data table',
	'Elected'
];

/** The main content's text, SVGs and closed tables included, without the runs quoted in English from the data. */
const ownText = (page: Page) =>
	page.locator('main').evaluate((main) => {
		const copy = main.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('[lang="en"], .source').forEach((e) => e.remove());
		return copy.textContent ?? '';
	});

for (const lang of LANGS) {
	const m = MESSAGES[lang];
	const changeTitle = (a: string, b: string) => fill(m.cmp_change_title, { a, b });
	const chamberLabel = (id: string, convocation: string) =>
		fill(m.cmp_chamber_label, { id, convocation });

	test(
		`/${lang}/compare/ is translated: headings, summary, charts and tables`,
		{ tag: '@static' },
		async ({ page }) => {
			const check = watchErrors(page);
			const response = await page.goto(`/${lang}/compare/`);
			expect(response?.status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('main [lang="en"]').first()).toBeAttached();
			await expect(page.locator('h1')).toHaveText(m.cmp_heading);
			await expect(page).toHaveTitle(
				`${MESSAGES[lang].cmp_title.replace('{a}', '2021').replace('{b}', '2023')} · Sailau`
			);
			await expect(page.locator('#summary-title')).toHaveText(
				m.cmp_pair
					.replace('{a}', chamberLabel('2021', 'VII'))
					.replace('{b}', chamberLabel('2023', 'VIII'))
			);
			const change = page.locator('[data-chart="seat-change"]');
			await expect(change.locator('figcaption')).toContainText(changeTitle('2021', '2023'));
			await expect(change.locator('svg')).toContainText(m.sc_legend_seats);
			await expect(change.locator('svg')).toContainText(m.sc_outside.toLocaleUpperCase());
			await expect(page.locator('[data-chart="hemicycle-a"] svg')).toContainText(
				NUR_OTAN_NOW[lang]
			);
			const history = page.locator('[data-chart="ruling-party-history"]');
			await expect(history.locator('thead')).toContainText(m.cmp_col_seat_share);
			await expect(history.locator('thead')).toContainText(m.cmp_col_vote_share);
			// Numbers as the language writes them: decimal commas.
			await expect(history.locator('tbody tr').last()).toContainText(/54,21\s?%/);
			await expect(change.getByRole('link', { name: MESSAGES[lang].export_svg })).toHaveAttribute(
				'href',
				`/charts/seat-change.${lang}.svg`
			);
			await expect(page.locator('.summary')).toContainText(m.cmp_in_english);

			const text = await ownText(page);
			expect(text).not.toMatch(RAW_KEY);
			for (const english of ENGLISH) expect(text, english).not.toContain(english);
			check();
		}
	);

	test(
		`the ${lang} pair pages are translated and link to the pair's files in ${lang}`,
		{ tag: '@static' },
		async ({ page }) => {
			const check = watchErrors(page);
			await page.goto(`/${lang}/compare/2004-2007/`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('[data-chart="seat-change"] figcaption')).toContainText(
				changeTitle('2004', '2007')
			);
			await expect(
				page
					.locator('[data-chart="seat-change"]')
					.getByRole('link', { name: MESSAGES[lang].export_svg })
			).toHaveAttribute('href', `/charts/seat-change-2004-2007.${lang}.svg`);
			// The picker's links stay in the language.
			const links = page.locator('.picker a[href*="/compare/"]');
			await expect(links).toHaveCount(30);
			expect(
				(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).every((h) =>
					h!.startsWith(`/${lang}/compare/`)
				)
			).toBe(true);
			const text = await ownText(page);
			for (const english of ENGLISH) expect(text, english).not.toContain(english);
			check();
		}
	);

	test(`/charts/ files of the compare page in ${lang}`, { tag: '@static' }, async ({ request }) => {
		for (const id of ['seat-change', 'ruling-party-history', 'chamber-2004']) {
			const svg = await (await request.get(`/charts/${id}.${lang}.svg`)).text();
			const text = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
			expect(text, id).toContain(MESSAGES[lang].fig_source);
			expect(text, id).toContain(MESSAGES[lang].svg_licence);
			const drawn = text.slice(0, text.indexOf(MESSAGES[lang].fig_source));
			expect(drawn, id).not.toMatch(/\b(seats?|Seats|Majority|Turnout|Chamber|share)\b/);
		}
		const change = await (await request.get(`/charts/seat-change.${lang}.svg`)).text();
		expect(change).toContain(`>${changeTitle('2021', '2023')}<`);
		expect(change).toContain(m.sc_legend_share);
		const csv = await (await request.get(`/charts/ruling-party-history.${lang}.csv`)).text();
		expect(csv).toContain(m.cmp_system_mixed);
	});
}

test('picking another pair keeps the Russian page Russian', { tag: '@js' }, async ({ page }) => {
	const check = watchErrors(page);
	await page.goto('/ru/compare/');
	await page.locator('select[name="a"]').selectOption('2016');
	await expect(page).toHaveURL(/\/ru\/compare\/2016-2023\/$/);
	await expect(page.locator('[data-chart="seat-change"] figcaption')).toContainText(
		fill(MESSAGES.ru.cmp_change_title, { a: '2016', b: '2023' })
	);
	await expect(page.locator('.summary')).toContainText(
		'Аманат (тогда Нур Отан): сокращение с 84 из 107'
	);
	await page.goto('/ru/compare/?a=1999');
	await expect(page.locator('.fallback')).toContainText(
		'В данных нет выборов «1999» (2004, 2007, 2012, 2016, 2021, 2023); вместо этого показаны выборы 2021 и 2023.'
	);
	await expect(page.locator('.fallback strong')).toHaveText(MESSAGES.ru.cmp_note);
	check();
});
