import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { MESSAGES } from './messages';
import { watchErrors } from './helpers';

const LANGS = ['kk', 'ru'] as const;
const figure = (page: Page) => page.locator('figure[data-chart="simulated-hemicycle"]');
const explanation = (page: Page) => page.getByTestId('explanation');
/** Interface words of the English page; none may be left on the Kazakh or Russian one. */
const ENGLISH =
	/\b(Seat-allocation|Threshold|Seat formula|Votes of the election|Chamber|As elected|Simulated|Difference|List votes?|Party|seats?|Back to the rules|How the simulator counts|Largest remainder|under threshold|majority|Download)\b/;
/** A word each language's explanation and chart must contain. */
const WORDS = {
	kk: { threshold: 'өту межесі', majority: 'Көпшілік', out: 'межеден өтпейді' },
	ru: { threshold: 'барьер', majority: 'Большинство', out: 'остаются без мандатов по спискам' }
};

/** The visible text of the main content, without runs quoted from the data in English and source lines. */
async function ownText(page: Page): Promise<string> {
	return page.locator('main').evaluate((main) => {
		const copy = main.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('[lang="en"], .source, svg, select').forEach((n) => n.remove());
		return copy.textContent ?? '';
	});
}

for (const lang of LANGS) {
	const m = MESSAGES[lang];

	test(`/${lang}/simulate/ is in ${lang}: headline, controls, chart, tables and notes`, async ({
		page
	}) => {
		const check = watchErrors(page);
		await page.goto(`/${lang}/simulate/`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.locator('h1')).toHaveText(m.sim_title);
		await expect(page).toHaveTitle(`${m.sim_title} · Sailau`);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute(
			'content',
			m.sim_description
		);
		await expect(page.getByRole('form', { name: m.sim_rules })).toBeVisible();
		await expect(page.getByLabel(m.sim_election)).toHaveValue('2023');
		await expect(page.getByText(m.sim_formula, { exact: true })).toBeVisible();
		await expect(
			page.getByRole('radio', { name: new RegExp(`^${m.sim_design_list}`) })
		).toHaveCount(1);
		await expect(
			page.getByRole('button', { name: m.sim_reset.replace('{year}', '2023') })
		).toBeVisible();

		// The chart: title, majority line and seat tooltips in the language.
		const svg = figure(page).locator('svg').first();
		await expect(svg.locator('title').first()).toContainText(WORDS[lang].threshold);
		await expect(svg).toContainText(WORDS[lang].majority);
		await expect(figure(page)).toContainText(m.sim_as_elected);
		await expect(figure(page).getByRole('link', { name: m.export_svg })).toHaveAttribute(
			'href',
			`/charts/simulated-hemicycle.${lang}.svg`
		);
		// Both tables: captions and headers from the catalogue.
		const diff = page.getByRole('table', { name: m.sim_diff_caption });
		await expect(diff.getByRole('columnheader', { name: m.sim_col_difference })).toHaveCount(1);
		await expect(diff.getByRole('columnheader', { name: m.sim_col_over })).toHaveCount(1);
		await expect(diff).toContainText(m.sim_all_seats);
		await expect(page.locator('#how-heading')).toHaveText(m.sim_how_heading);
		// The explanation is written in the language, with its decimal comma.
		await expect(explanation(page)).toContainText(WORDS[lang].threshold);
		// Notes quoted from the data are marked English, and said to be.
		await expect(figure(page).locator('[lang="en"]')).toHaveCount(1);
		await expect(figure(page)).toContainText(m.sim_notes_english);

		const text = await ownText(page);
		expect(text).not.toMatch(ENGLISH);
		expect(text).toMatch(/\d,\d\d\s?%/);
		check();
	});

	test(
		`the ${lang} simulator writes its sentences and address notes in ${lang}`,
		{ tag: '@js' },
		async ({ page }) => {
			const check = watchErrors(page);
			await page.goto(`/${lang}/simulate/`);
			await page.getByLabel(m.sim_threshold, { exact: true }).fill('7');
			await expect(page).toHaveURL(/[?&]t=7(&|$)/);
			await expect(explanation(page)).toContainText(WORDS[lang].out);
			await expect(page.getByRole('slider', { name: m.sim_threshold_slider })).toHaveAttribute(
				'aria-valuetext',
				/^7\s?%$/
			);
			await expect(figure(page)).toContainText(m.sim_simulated);
			expect(await ownText(page)).not.toMatch(ENGLISH);

			await page.goto(`/${lang}/simulate/?t=abc&e=2004`);
			const notes = page.getByTestId('address-notes');
			await expect(notes).toContainText('t=abc');
			await expect(notes).toContainText('2004');
			expect(await notes.innerText()).not.toMatch(/Ignored|left out|showing/);
			check();
		}
	);

	test(
		`/charts/simulated-hemicycle.${lang}.svg is in ${lang}`,
		{ tag: '@static' },
		async ({ request }) => {
			const svg = await (await request.get(`/charts/simulated-hemicycle.${lang}.svg`)).text();
			const title = /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
			expect(title).toContain(WORDS[lang].threshold);
			expect(svg).toContain(WORDS[lang].majority);
			expect(svg).toContain(m.fig_source);
			const drawn = svg
				.replace(/<[^>]+>/g, ' ')
				.replace(/(Дереккөз|Источник):.*$/s, '')
				.replace(/Amanat|Respublica/g, '');
			expect(drawn).not.toMatch(/\b(seats?|threshold|Majority|votes|Party list|Single-mandate)\b/);
			const csv = await (await request.get(`/charts/simulated-hemicycle.${lang}.csv`)).text();
			expect(csv).toContain(lang === 'kk' ? 'Халық партиясы' : 'Народная партия');
		}
	);
}
