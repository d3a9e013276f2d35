import { test as plain, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { watchErrors } from './helpers';

const figure = (page: Page) => page.locator('figure[data-chart="simulated-hemicycle"]');
const seats = (page: Page, party?: string) =>
	figure(page).locator(party ? `circle[data-party="${party}"]` : 'circle[data-party]');
const explanation = (page: Page) => page.getByTestId('explanation');
const diffRow = (page: Page, party: string) =>
	page
		.getByRole('table', { name: /as elected, simulated, and the difference/ })
		.getByRole('row', { name: new RegExp(`^${party} `) });

const SEVEN =
	"With a 7% threshold, the People's Party (6.80%) and NSDP (5.20%) stay out, and their 9 seats go to Amanat (+6), Auyl (+1), Respublica (+1) and Ak Zhol (+1).";

test('the default shows 2023 as elected, with or without JavaScript', async ({
	page
}, testInfo) => {
	const check = watchErrors(page);
	await page.goto('/simulate/');
	await expect(seats(page)).toHaveCount(98);
	await expect(seats(page, 'amanat')).toHaveCount(63);
	await expect(figure(page).locator('circle[data-method="smd"]')).toHaveCount(29);
	await expect(explanation(page)).toContainText(
		'These are the rules of the 2023 election (a 5% threshold'
	);
	await expect(explanation(page)).toContainText('they give exactly the seats as elected');
	await expect(diffRow(page, 'Amanat')).toHaveText(/^Amanat\s*63\s*63\s*0\s*53\.90%\s*yes$/);
	await expect(figure(page).getByRole('link', { name: 'Download SVG' })).toHaveAttribute(
		'href',
		'/charts/simulated-hemicycle.svg'
	);
	const threshold = page.getByLabel('Threshold', { exact: true });
	await expect(threshold).toHaveValue('5');
	if (testInfo.project.name === 'no-js') {
		await expect(page.getByTestId('needs-js')).toContainText('The controls need JavaScript');
		await expect(threshold).toBeDisabled();
	} else {
		await expect(page.getByTestId('needs-js')).toHaveCount(0);
		await expect(threshold).toBeEnabled();
	}
	check();
});

// Playwright's own page.goto: the fixture's would wait for a hydration that is made not to come.
plain(
	'with JavaScript, the "controls need JavaScript" box never shows, even before hydration @js',
	async ({ page }) => {
		// SvelteKit's client never arrives: the page stays as prerendered, as in the moment before
		// hydration. The box must not show then, or it would show and go, moving the page.
		await page.route('**/_app/immutable/**', (route) => route.abort());
		await page.goto('/simulate/', { waitUntil: 'domcontentloaded' });
		await expect(page.getByTestId('needs-js')).toHaveCount(1);
		await expect(page.getByTestId('needs-js')).toBeHidden();
	}
);

plain(
	'with JavaScript, the client waits for the reader: not hydrated at load, hydrated on first use @js',
	async ({ page }) => {
		const check = watchErrors(page);
		await page.goto('/simulate/');
		await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
		// The page script has enabled the prerendered controls; nothing has asked for the client.
		await expect(page.getByLabel('Threshold', { exact: true })).toBeEnabled();
		const started = page.waitForRequest(/\/_app\/immutable\/entry\/start\./, { timeout: 1500 });
		await expect(started).rejects.toThrow();
		await expect(page.locator('html[data-hydrated]')).toHaveCount(0);

		await page.mouse.move(40, 40);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.getByLabel('Threshold', { exact: true }).fill('7');
		await expect(explanation(page)).toContainText(SEVEN);
		check();
	}
);

plain('with JavaScript, an address with rules starts the client at once @js', async ({ page }) => {
	await page.goto('/simulate/?e=2023&t=7&m=hare&c=mixed&s=membership');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(explanation(page)).toContainText(SEVEN);
	await expect(page.getByLabel('Threshold', { exact: true })).toHaveValue('7');
});

/**
 * Opens the simulator with its client's start module held back (a slow connection), so that the
 * reader can act before it wakes; returns what lets the module through.
 */
async function openWithClientHeld(page: Page): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_app\/immutable\/entry\/start\./, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/simulate/');
	await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
	return release;
}

plain(
	'with JavaScript, what the reader does before the client has woken is done again once it has @js',
	async ({ page }) => {
		const check = watchErrors(page);
		const release = await openWithClientHeld(page);
		await page.getByRole('radio', { name: /^D'Hondt/ }).check();
		await page.getByLabel('Threshold', { exact: true }).fill('7');
		await expect(page.locator('html[data-hydrated]')).toHaveCount(0);
		release();

		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect(page).toHaveURL(/\/simulate\/\?e=2023&t=7&m=dhondt&c=mixed&s=membership$/);
		await expect(page.getByRole('radio', { name: /^D'Hondt/ })).toBeChecked();
		await expect(page.getByLabel('Threshold', { exact: true })).toHaveValue('7');
		await expect(explanation(page)).toContainText("D'Hondt");
		await expect(seats(page, 'ppk')).toHaveCount(0);
		check();
	}
);

plain(
	'with JavaScript, the slider moved from the keyboard before the client woke keeps its value and the focus @js',
	async ({ page }) => {
		const release = await openWithClientHeld(page);
		const slider = page.getByRole('slider', { name: 'Threshold, slider' });
		await slider.focus();
		for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
		await expect(page.locator('html[data-hydrated]')).toHaveCount(0);
		release();

		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect(explanation(page)).toContainText(SEVEN);
		await expect(slider).toHaveValue('7');
		await expect(slider).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/[?&]t=7\.1(&|$)/);
	}
);

test(
	'the default chart is prerendered as a standalone SVG file',
	{ tag: '@static' },
	async ({ request }) => {
		const response = await request.get('/charts/simulated-hemicycle.svg');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('image/svg+xml');
		const svg = await response.text();
		expect(svg.match(/<circle[^>]* data-party="/g)).toHaveLength(98);
		expect(svg.match(/data-party="amanat"/g)).toHaveLength(63);
		expect(svg).toContain('2023 votes, 5% threshold, Hare: 98 seats');
	}
);

test.describe('with JavaScript', { tag: '@js' }, () => {
	test('a 7% threshold moves the People’s Party and NSDP out, says where their seats go, and keeps it in the URL', async ({
		page
	}) => {
		const check = watchErrors(page);
		await page.goto('/simulate/');
		await page.getByLabel('Threshold', { exact: true }).fill('7');
		await expect(seats(page, 'ppk')).toHaveCount(0);
		await expect(seats(page, 'osdp')).toHaveCount(0);
		await expect(seats(page, 'amanat')).toHaveCount(69);
		await expect(seats(page)).toHaveCount(98);
		await expect(explanation(page)).toContainText(SEVEN);
		await expect(diffRow(page, "People's Party")).toHaveText(
			/^People's Party\s*5\s*0\s*−5\s*6\.80%\s*no$/
		);
		await expect(page).toHaveURL(/\/simulate\/\?e=2023&t=7&m=hare&c=mixed&s=membership$/);

		await page.reload();
		await expect(page.getByLabel('Threshold', { exact: true })).toHaveValue('7');
		await expect(seats(page, 'ppk')).toHaveCount(0);
		await expect(seats(page, 'amanat')).toHaveCount(69);
		await expect(explanation(page)).toContainText(SEVEN);
		check();
	});

	test('the slider works from the keyboard, in steps of 0.1', async ({ page }) => {
		await page.goto('/simulate/');
		const slider = page.getByRole('slider', { name: 'Threshold, slider' });
		await slider.focus();
		for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
		await expect(slider).toHaveValue('7');
		await expect(page.getByLabel('Threshold', { exact: true })).toHaveValue('7');
		await expect(explanation(page)).toContainText(SEVEN);
		await expect(page).toHaveURL(/[?&]t=7(&|$)/);
	});

	test('each seat formula gives its own chamber', async ({ page }) => {
		await page.goto('/simulate/');
		await page.getByRole('radio', { name: /^D'Hondt/ }).check();
		await expect(page).toHaveURL(/[?&]m=dhondt(&|$)/);
		await expect(seats(page, 'amanat')).toHaveCount(64);
		await expect(seats(page, 'osdp')).toHaveCount(3);
		await expect(explanation(page)).toContainText(
			"With D'Hondt's divisors, 1 seat moves from NSDP (−1) to Amanat (+1)."
		);
		await page.getByRole('radio', { name: /^Sainte-Laguë/ }).check();
		await expect(page).toHaveURL(/[?&]m=sainte-lague(&|$)/);
		await expect(seats(page, 'amanat')).toHaveCount(63);
		await expect(seats(page, 'osdp')).toHaveCount(4);
		await expect(explanation(page)).toContainText(
			"With Sainte-Laguë's divisors, every party keeps"
		);
		await page.getByRole('radio', { name: /^Largest remainder/ }).check();
		await expect(page).toHaveURL(/[?&]m=hare(&|$)/);
		await expect(explanation(page)).toContainText('they give exactly the seats as elected');
	});

	test('chamber designs and elections', async ({ page }) => {
		await page.goto('/simulate/');
		await page.getByRole('radio', { name: /^Every seat by party list/ }).check();
		await expect(seats(page)).toHaveCount(98);
		await expect(figure(page).locator('circle[data-method="smd"]')).toHaveCount(0);
		await page.getByRole('radio', { name: /^List seats \+ Assembly/ }).check();
		await expect(seats(page)).toHaveCount(107);
		await expect(seats(page, 'apk')).toHaveCount(9);
		await expect(explanation(page)).toContainText('The chamber has 107 seats instead of 98.');
		await expect(page).toHaveURL(/[?&]c=assembly(&|$)/);

		await page.getByLabel('Votes of the election').selectOption('2021');
		await expect(page).toHaveURL(/\?e=2021&t=7&m=hare&c=assembly$/);
		await expect(seats(page)).toHaveCount(107);
		await expect(seats(page, 'amanat')).toHaveCount(76);
		await expect(page.getByRole('radio', { name: /^List seats \+ single-mandate/ })).toBeDisabled();
		await page.getByRole('button', { name: /^5%/ }).click();
		await expect(explanation(page)).toContainText('Auyl (5.29%) gets in');
		await page.getByRole('button', { name: 'Back to the rules of 2021' }).click();
		await expect(explanation(page)).toContainText('they give exactly the seats as elected');
	});

	test('garbage in the address falls back to the defaults with a visible note', async ({
		page
	}) => {
		const check = watchErrors(page);
		await page.goto('/simulate/?e=1999&t=abc&m=%3Cscript%3E&c=round&s=zzz');
		const notes = page.getByTestId('address-notes');
		await expect(notes).toContainText('Ignored e=1999');
		await expect(notes).toContainText('Ignored t=abc');
		await expect(notes).toContainText('Ignored m=<script>');
		await expect(notes).toContainText('Ignored c=round');
		await expect(seats(page)).toHaveCount(98);
		await expect(seats(page, 'amanat')).toHaveCount(63);
		await expect(page.getByLabel('Threshold', { exact: true })).toHaveValue('5');
		await expect(page.getByLabel('Votes of the election')).toHaveValue('2023');

		await page.goto('/simulate/?e=2004&t=50');
		await expect(page.getByTestId('address-notes')).toContainText('2004 is left out');
		await expect(seats(page)).toHaveCount(98);
		check();
	});

	test('a simulation downloads as a standalone SVG', async ({ page }) => {
		await page.goto('/simulate/?e=2023&t=7&m=hare&c=mixed&s=nomination');
		const downloading = page.waitForEvent('download');
		await figure(page).getByRole('button', { name: 'Download SVG' }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toBe('simulated-hemicycle-2023-t7-hare-mixed.svg');
		const { readFile } = await import('node:fs/promises');
		const svg = await readFile((await download.path())!, 'utf8');
		expect(svg).toMatch(/^<\?xml/);
		expect(svg).toContain('2023 votes, 7% threshold, Hare: 98 seats');
		expect(svg.match(/data-party="amanat"/g)).toHaveLength(68);
		expect(svg).not.toContain('<!--');
		const csvDownload = page.waitForEvent('download');
		await figure(page).getByRole('button', { name: 'Download data (CSV)' }).click();
		const csv = await readFile((await (await csvDownload).path())!, 'utf8');
		expect(csv).toContain('amanat,Amanat,46,22,0,68');
		const pngDownload = page.waitForEvent('download');
		await figure(page).getByRole('button', { name: 'Download PNG' }).click();
		const png = await readFile((await (await pngDownload).path())!);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
	});

	test('on a phone the controls fit the screen and the page does not scroll sideways', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/simulate/');
		for (const control of [
			page.getByLabel('Votes of the election'),
			page.getByRole('slider', { name: 'Threshold, slider' }),
			page.getByLabel('Threshold', { exact: true }),
			page.getByRole('button', { name: 'Back to the rules of 2023' })
		]) {
			const box = (await control.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(390);
			expect(box.height).toBeGreaterThanOrEqual(24);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		await page.getByLabel('Threshold', { exact: true }).fill('7');
		await expect(explanation(page)).toContainText(SEVEN);
	});
});
