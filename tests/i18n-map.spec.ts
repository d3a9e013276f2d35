import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { dataPath, FILES } from '../src/lib/data/files';
import { parseCsv } from '../src/lib/data/csv';
import { MESSAGES } from './messages';
import MessageFormat from '@messageformat/core';
import { watchErrors } from './helpers';

const OTHER = ['kk', 'ru'] as const;

/** Expectations come from data/: region names in each language, the statuses of the turnout rows. */
const topo = JSON.parse(readFileSync(dataPath(FILES.topology), 'utf8')) as {
	objects: {
		regions: { geometries: { properties: Record<'id' | 'name_kk' | 'name_ru', string> }[] };
	};
};
const nameOf = (id: string, lang: 'kk' | 'ru') =>
	topo.objects.regions.geometries.find((g) => g.properties.id === id)!.properties[`name_${lang}`];
const rows = parseCsv(readFileSync(dataPath(FILES.turnout), 'utf8'), 'turnout');
const statusOf = (election: string) =>
	rows.find((r) => r.values.election === election && r.values.region_type === 'region')!.values
		.status!;
const elections = JSON.parse(readFileSync(dataPath(FILES.elections), 'utf8')) as {
	elections: { id: string; date: string }[];
};
const DATE_2023 = elections.elections.find((e) => e.id === '2023')!.date;
/** The long date as src/lib/format/messages.json writes it. */
const DATES = JSON.parse(readFileSync('src/lib/format/messages.json', 'utf8')) as Record<
	'kk' | 'ru',
	{ date_long: string }
>;
function formatDate(iso: string, lang: 'kk' | 'ru'): string {
	const [year, month, day] = iso.split('-').map((n) => String(Number(n)));
	return new MessageFormat(lang).compile(DATES[lang].date_long)({ year, month, day });
}
const DISTRICTS = parseCsv(readFileSync(dataPath(FILES.districts), 'utf8'), 'districts').length;
/** The map's words as its catalogue writes them (src/lib/i18n/map/messages.json). */
const STATUS: Record<string, 'map_status_close' | 'map_status_22'> = {
	'preliminary at close of polls': 'map_status_close',
	'preliminary as of 22:00 on election day': 'map_status_22'
};
function mapWords(lang: 'kk' | 'ru') {
	const m = MESSAGES[lang];
	const fill = (message: string, args: Record<string, string | number>) =>
		new MessageFormat(lang).compile(message)(args);
	const short = (name: string) => name.replace(new RegExp(` ${m.map_region_word}$`), '');
	return {
		short,
		status: (s: string) => m[STATUS[s]!],
		turnoutTitle: (date: string) => fill(m.map_turnout_title, { date }),
		turnoutRamp: (status: string) => fill(m.map_ramp_turnout, { status }),
		change: (pp: string) => fill(m.map_tip_change, { pp }),
		hatchNote: fill(m.map_hatch_note, { year: 2022 }),
		noneKey: m.map_none_key,
		districtsTitle: (n: number, year: number) => fill(m.map_districts_title, { n, year })
	};
}

/** English interface words of the map page that must not be left on the Kazakh or Russian page. */
const ENGLISH = [
	'Regional map',
	'Turnout',
	'Change',
	'Districts',
	'Layer',
	'Region',
	'percentage points',
	'not in the dataset',
	'preliminary',
	'whole country',
	'City',
	'No. '
];

/** The main content's text without the source credits and runs marked as English. */
async function interfaceText(page: import('@playwright/test').Page): Promise<string> {
	return page.locator('main').evaluate((main) => {
		const copy = main.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('.source, [lang="en"]').forEach((e) => e.remove());
		return copy.textContent ?? '';
	});
}

for (const lang of OTHER) {
	const m = MESSAGES[lang];
	const text = mapWords(lang);

	test(
		`/${lang}/map/ is translated: headings, chart, legend, table, panel`,
		{ tag: '@static' },
		async ({ page }) => {
			const check = watchErrors(page);
			await page.goto(`/${lang}/map/`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page).toHaveTitle(`${m.map_title} · Sailau`);
			await expect(page.locator('h1')).toHaveText(m.map_title);
			const figure = page.locator('figure[data-chart="map-turnout-2023"]');
			await expect(figure.locator('figcaption')).toHaveText(
				text.turnoutTitle(formatDate(DATE_2023, lang))
			);
			const legend = text.turnoutRamp(text.status(statusOf('2023')));
			await expect(figure.locator('svg text', { hasText: legend })).toHaveText(legend);
			// The map's labels are the units' names in the language.
			await expect(figure.locator('svg [data-labels]').first()).toContainText(
				text.short(nameOf('KZ-10', lang))
			);
			const headers = await page.locator('aside thead th').allTextContents();
			expect(headers.map((h) => h.trim())).toEqual([
				m.map_col_region,
				'2023',
				'2021',
				m.map_col_change,
				m.map_col_winner
			]);
			// The name shows once: as a link with JavaScript, as text without.
			await expect(page.locator('tr[data-region-row="KZ-10"] th')).toHaveText(
				text.short(nameOf('KZ-10', lang)),
				{ useInnerText: true }
			);
			// Numbers in the language's notation: decimal comma.
			await expect(page.locator('tr[data-region-row="KZ-75"] td').first()).toHaveText('25,82');
			await expect(page.locator('[data-panel]').getByRole('heading')).toHaveText(
				m.map_panel_country
			);
			await expect(figure.getByRole('link', { name: m.export_svg })).toHaveAttribute(
				'href',
				`/charts/map-turnout-2023.${lang}.svg`
			);
			await expect(page.getByText(m.map_in_english)).toBeVisible();
			const body = await interfaceText(page);
			for (const english of ENGLISH) expect(body, english).not.toContain(english);
			check();
		}
	);

	test(
		`/${lang}/map/ layers, tooltips and the panel speak ${lang}`,
		{ tag: '@js' },
		async ({ page }) => {
			const check = watchErrors(page);
			await page.goto(`/${lang}/map/?layer=turnout-change&region=KZ-10`);
			const layers = page.getByRole('navigation', { name: m.map_layer_label });
			await expect(layers.getByRole('link', { name: m.map_layer_change })).toHaveAttribute(
				'aria-current',
				'true'
			);
			const change = page.locator('figure[data-chart="map-turnout-change"]');
			await expect(change.locator('svg text', { hasText: text.hatchNote })).toHaveCount(1);
			const panel = page.locator('[data-panel]');
			await expect(panel.getByRole('heading')).toHaveText(nameOf('KZ-10', lang));
			await expect(panel).toContainText(nameOf('KZ-63', lang));
			await expect(panel.getByRole('button', { name: m.map_panel_close })).toBeVisible();

			await change.locator('[data-region="KZ-10"]').focus();
			await expect(change.locator('.chart-tip')).toContainText(text.change('−15,38'));

			await layers.getByRole('link', { name: m.map_layer_districts }).click();
			const districts = page.locator('figure[data-chart="map-districts"]');
			await expect(districts.locator('svg text', { hasText: text.noneKey })).toHaveCount(1);
			await expect(districts.getByText(m.map_note_unplaced)).toBeVisible();

			await page.goto(`/${lang}/map/?layer=nonsense`);
			await expect(
				page.getByText(
					MESSAGES[lang].map_bad_layer
						.replace('{layer}', 'nonsense')
						.replace('{fallback}', m.map_layer_turnout)
				)
			).toBeVisible();
			const body = await interfaceText(page);
			for (const english of ENGLISH) expect(body, english).not.toContain(english);
			check();
		}
	);

	test(`/${lang}/map/ layer links open each layer's ${lang} page, also without JavaScript`, async ({
		page
	}) => {
		await page.goto(`/${lang}/map/`);
		const layers = page.getByRole('navigation', { name: m.map_layer_label });
		await layers.getByRole('link', { name: m.map_layer_change }).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/map/turnout-change/$`));
		const change = page.locator('figure[data-chart="map-turnout-change"]');
		await expect(change.getByRole('link', { name: m.export_svg })).toHaveAttribute(
			'href',
			`/charts/map-turnout-change.${lang}.svg`
		);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
	});

	test(
		`/charts/map-*.${lang}.svg and .csv are in ${lang}`,
		{ tag: '@static' },
		async ({ request }) => {
			for (const id of ['map-turnout-2023', 'map-districts']) {
				const svg = await (await request.get(`/charts/${id}.${lang}.svg`)).text();
				const title = /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
				const drawn = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
				expect(drawn).toContain(m.fig_source);
				const beforeSource = drawn.slice(0, drawn.indexOf(m.fig_source));
				for (const english of ['Turnout', 'Region', 'district', 'dataset', 'No. '])
					expect(beforeSource, `${id}: ${english}`).not.toContain(english);
				if (id === 'map-turnout-2023')
					expect(title).toBe(text.turnoutTitle(formatDate(DATE_2023, lang)));
				else expect(title).toBe(text.districtsTitle(DISTRICTS, 2023));
			}
			const csv = await (await request.get(`/charts/map-turnout-change.${lang}.csv`)).text();
			expect(csv).toContain(nameOf('KZ-10', lang));
		}
	);
}
