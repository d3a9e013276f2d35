/**
 * Seats that move (issue 15): on the compare pages every seat of a chamber carries a
 * view-transition name (side, party, k-th seat of the party), and the site opts in to
 * cross-document view transitions, so going from one pair to another moves the seats without
 * any script of ours. Readers who ask for less motion get a plain page load.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** The view-transition name of every seat on the page, as the browser computed it. */
const seatNames = (page: Page) =>
	page.locator('circle[data-party]').evaluateAll((seats) =>
		seats.map((s) => ({
			party: s.getAttribute('data-party'),
			side: s.closest('[data-chart]')?.getAttribute('data-chart'),
			name: getComputedStyle(s).viewTransitionName
		}))
	);

/** Records whether the page was revealed by a view transition (the browser's pagereveal event). */
async function watchReveal(page: Page) {
	await page.addInitScript(() => {
		addEventListener('pagereveal', (e) => {
			const w = window as unknown as { revealedBy?: string };
			w.revealedBy = (e as Event & { viewTransition?: unknown }).viewTransition
				? 'transition'
				: 'load';
		});
	});
}

const revealedBy = (page: Page) =>
	page.waitForFunction(() => (window as unknown as { revealedBy?: string }).revealedBy);

test('every seat of both chambers has its own view-transition name, kept by party @js', async ({
	page
}) => {
	await page.goto('/compare/2016-2023/');
	const first = await seatNames(page);
	const chambers = first.filter((s) => /^hemicycle-[ab]$/.test(s.side ?? ''));
	expect(chambers.length).toBeGreaterThan(150);
	for (const s of chambers)
		expect(s.name).toMatch(new RegExp(`^${s.side!.slice(-1)}-${s.party}-\\d+$`));
	expect(new Set(chambers.map((s) => s.name)).size).toBe(chambers.length);
	// Seats of other charts (none on this page today) would not be named.
	for (const s of first.filter((x) => !chambers.includes(x))) expect(s.name).toBe('none');

	// The next pair's page names the same party's seats the same way: the browser can move them.
	await page.goto('/compare/2021-2023/');
	const next = new Set((await seatNames(page)).map((s) => s.name));
	const kept = chambers.filter((s) => next.has(s.name));
	expect(kept.length).toBeGreaterThan(50);
});

test('choosing another pair is a view transition; with reduced motion, a plain load @js', async ({
	browser
}) => {
	for (const [reducedMotion, expected] of [
		['no-preference', 'transition'],
		['reduce', 'load']
	] as const) {
		const context = await browser.newContext({ reducedMotion });
		const page = await context.newPage();
		await watchReveal(page);
		await page.goto('/compare/2016-2023/');
		await page.locator('a[href="/compare/2021-2023/"]').first().click();
		await page.waitForURL('**/compare/2021-2023/');
		expect(await (await revealedBy(page)).jsonValue()).toBe(expected);
		await context.close();
	}
});

test('a chart file and an embed draw no view-transition names @static', async ({ request }) => {
	const svg = await (await request.get('/charts/hemicycle-a.svg')).text();
	expect(svg).toContain('<circle');
	expect(svg).not.toContain('data-vt=');
	const overview = await (await request.get('/')).text();
	expect(overview).toContain('data-party');
	expect(overview).not.toContain('data-vt=');
});
