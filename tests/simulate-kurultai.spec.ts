/**
 * The simulator's Kurultai design (data/chambers.json): ?c=kurultai draws the 2023 votes as
 * 145 list seats in every language, the design is chosen with one control, its state survives
 * a reload and a change of language, its exports are the Kurultai's, and the page without
 * JavaScript says that the design exists and links to its prerendered chart file.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { watchErrors } from './helpers';
import { MESSAGES } from './messages';

const figure = (page: Page) => page.locator('figure[data-chart="simulated-hemicycle"]');
const seats = (page: Page, party?: string) =>
	figure(page).locator(party ? `circle[data-party="${party}"]` : 'circle[data-party]');
const explanation = (page: Page) => page.getByTestId('explanation');
const prefix = (lang: string) => (lang === 'en' ? '' : `/${lang}`);

/** 2023 votes, 145 seats, Hare, 5% (checked by hand in src/lib/simulate/kurultai.test.ts). */
const SEATS_2023 = { amanat: 83, auyl: 17, respublica: 13, ak_zhol: 13, ppk: 11, osdp: 8 };
/** The word in each language, as a stem that its inflected forms share. */
const KURULTAI = { en: 'Kurultai', kk: 'Құрылтай', ru: 'Курулта' } as const;

test.describe('with JavaScript', { tag: '@js' }, () => {
	for (const lang of ['en', 'kk', 'ru'] as const) {
		test(`${prefix(lang)}/simulate/?c=kurultai draws 145 seats from the 2023 votes (${lang})`, async ({
			page
		}) => {
			const check = watchErrors(page);
			await page.goto(`${prefix(lang)}/simulate/?c=kurultai`);
			await expect(seats(page)).toHaveCount(145);
			for (const [party, n] of Object.entries(SEATS_2023))
				await expect(seats(page, party)).toHaveCount(n);
			await expect(figure(page).locator('circle[data-method="smd"]')).toHaveCount(0);
			await expect(seats(page, 'independents')).toHaveCount(0);
			await expect(figure(page).locator('svg title').first()).toContainText(KURULTAI[lang]);
			await expect(page.getByLabel(MESSAGES[lang].sim_election)).toHaveValue('2023');
			await expect(page.getByLabel(MESSAGES[lang].sim_threshold, { exact: true })).toHaveValue('5');
			await expect(
				page.getByRole('radio', { name: new RegExp(`^${MESSAGES[lang].sim_design_kurultai}`) })
			).toBeChecked();
			// The visible note: what the design is, and the unconfirmed 7%.
			const note = page.getByTestId('kurultai-note');
			await expect(note).toContainText(KURULTAI[lang]);
			await expect(note).toContainText('constitution.my');
			await expect(note).toContainText(/7\s?%/);
			check();
		});
	}

	test('one control chooses the Kurultai; the difference table compares it with 2023 as elected', async ({
		page
	}) => {
		const check = watchErrors(page);
		await page.goto('/simulate/?e=2023&t=7&m=dhondt&c=mixed&s=membership');
		await page.getByRole('radio', { name: /^Kurultai: every seat by party list/ }).check();
		// The design brings its own threshold and formula.
		await expect(page).toHaveURL(/\/simulate\/\?e=2023&t=5&m=hare&c=kurultai&s=membership$/);
		await expect(seats(page)).toHaveCount(145);
		await expect(page.getByLabel('Threshold', { exact: true })).toHaveValue('5');
		await expect(page.getByRole('radio', { name: /^Largest remainder/ })).toBeChecked();
		await expect(explanation(page)).toContainText(
			'With a Kurultai of 145 seats, all from party lists,'
		);
		await expect(explanation(page)).toContainText('The chamber has 145 seats instead of 98.');
		const diff = page.getByRole('table', { name: /as elected, simulated, and the difference/ });
		await expect(diff.getByRole('row', { name: /^Amanat / })).toHaveText(
			/^Amanat\s*63\s*83\s*\+20\s*53\.90%\s*yes$/
		);
		await expect(diff.getByRole('row', { name: /^All seats / })).toHaveText(
			/^All seats\s*98\s*145\s*\+47/
		);
		// The threshold stays editable: at 7% only four parties share the 145 seats.
		await page.getByLabel('Threshold', { exact: true }).fill('7');
		await expect(page).toHaveURL(/[?&]t=7&m=hare&c=kurultai/);
		await expect(seats(page)).toHaveCount(145);
		await expect(seats(page, 'amanat')).toHaveCount(96);
		await expect(seats(page, 'ppk')).toHaveCount(0);
		await page.reload();
		await expect(seats(page, 'amanat')).toHaveCount(96);
		await expect(page.getByLabel('Threshold', { exact: true })).toHaveValue('7');
		check();
	});

	test('the 2021 votes in a Kurultai, and the state kept by the language links', async ({
		page
	}) => {
		await page.goto('/simulate/?e=2021&c=kurultai');
		await expect(seats(page)).toHaveCount(145);
		await expect(seats(page, 'amanat')).toHaveCount(107);
		await expect(seats(page, 'auyl')).toHaveCount(8);
		await expect(seats(page, 'apk')).toHaveCount(0);
		const query = new URL(page.url()).search;
		const kk = page.locator('a[data-lang="kk"]');
		await kk.hover();
		await expect(kk).toHaveAttribute('href', `/kk/simulate/${query}`);
		await kk.click();
		await expect(page).toHaveURL((u) => u.pathname === '/kk/simulate/' && u.search === query);
		await expect(seats(page)).toHaveCount(145);
		await expect(seats(page, 'amanat')).toHaveCount(107);
		await expect(explanation(page)).toContainText('Құрылтайға өтеді');
	});

	test('the Kurultai downloads: its prerendered files as such, other states made in the browser', async ({
		page
	}) => {
		await page.goto('/simulate/?c=kurultai');
		await expect(seats(page)).toHaveCount(145);
		await expect(figure(page).getByRole('link', { name: 'Download SVG' })).toHaveAttribute(
			'href',
			'/charts/simulated-hemicycle-kurultai.svg'
		);
		await page.goto('/simulate/?e=2021&t=6&m=hare&c=kurultai');
		await expect(seats(page)).toHaveCount(145);
		const downloading = page.waitForEvent('download');
		await figure(page).getByRole('button', { name: 'Download SVG' }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toBe('simulated-hemicycle-2021-t6-hare-kurultai.svg');
		const { readFile } = await import('node:fs/promises');
		const svg = await readFile((await download.path())!, 'utf8');
		expect(svg).toContain('Kurultai: 2021 votes, 6% threshold, Hare: 145 seats');
		expect(svg.match(/<circle[^>]* data-party="/g)).toHaveLength(145);
		const csvDownload = page.waitForEvent('download');
		await figure(page).getByRole('button', { name: 'Download data (CSV)' }).click();
		const csv = await readFile((await (await csvDownload).path())!, 'utf8');
		// At 6% Auyl (5.29%) is out: Nur Otan 113, Ak Zhol 17, People's Party 15.
		expect(csv).toContain('amanat,Nur Otan,113,0,0,113');
	});
});

test.describe('without JavaScript', { tag: '@static' }, () => {
	for (const lang of ['en', 'kk', 'ru'] as const) {
		test(`${prefix(lang)}/simulate/ says the Kurultai design exists and links to its chart (${lang})`, async ({
			page,
			request
		}) => {
			await page.goto(`${prefix(lang)}/simulate/`);
			await expect(seats(page)).toHaveCount(98);
			const how = page.getByTestId('how-kurultai');
			await expect(how).toContainText(KURULTAI[lang]);
			await expect(how).toContainText('145');
			await expect(how).toContainText('constitution.my');
			const link = page.getByTestId('needs-js-kurultai').getByRole('link', { name: 'SVG' });
			const suffix = lang === 'en' ? '' : `.${lang}`;
			await expect(link).toHaveAttribute(
				'href',
				`/charts/simulated-hemicycle-kurultai${suffix}.svg`
			);
			const svg = await (
				await request.get(`/charts/simulated-hemicycle-kurultai${suffix}.svg`)
			).text();
			expect(svg.match(/<circle[^>]* data-party="/g)).toHaveLength(145);
			expect(svg.match(/data-party="amanat"/g)).toHaveLength(83);
			expect(/<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1]).toContain(KURULTAI[lang]);
		});
	}
});
