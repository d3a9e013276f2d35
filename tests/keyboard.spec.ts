/**
 * Every page by keyboard alone: Tab reaches every link, button, control and chart stop in
 * order without getting stuck, each focused element shows a focus ring, and chart elements
 * show their tooltip on focus.
 */
import { expect, test } from './fixtures';
import { NAV } from '../src/lib/nav';

for (const { href } of NAV) {
	test(`${href} works by keyboard alone`, { tag: '@js' }, async ({ page }) => {
		test.setTimeout(300_000);
		await page.goto(href);
		// Focusable, visible elements; a radio group is one tab stop.
		const expected = await page.evaluate(() => {
			const all = [
				...document.querySelectorAll<HTMLElement>(
					'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), summary, [tabindex="0"]'
				)
			].filter((e) => e.checkVisibility());
			const radios = new Set<string>();
			return all.filter((e) => {
				if (!(e instanceof HTMLInputElement) || e.type !== 'radio') return true;
				if (radios.has(e.name)) return false;
				radios.add(e.name);
				return true;
			}).length;
		});
		const seen = new Set<string>();
		let tips = 0;
		for (let i = 0; i < expected + 5; i++) {
			await page.keyboard.press('Tab');
			const info = await page.evaluate(() => {
				const e = document.activeElement as HTMLElement | SVGElement | null;
				// A radio group is one stop: name it by its group, whichever radio holds focus.
				if (!e || e === document.body) return null;
				const style = getComputedStyle(e);
				const box = e.getBoundingClientRect();
				const figure = e.closest('figure[data-chart]');
				const tip = figure?.querySelector<HTMLElement>('.chart-tip');
				return {
					key:
						e instanceof HTMLInputElement && e.type === 'radio'
							? `radio:${e.name}`
							: `${e.tagName}:${e.getAttribute('href') ?? ''}:${e.getAttribute('aria-label') ?? e.textContent?.slice(0, 40) ?? ''}:${Math.round(box.x + scrollX)},${Math.round(box.y + scrollY)}`,
					ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
					size: box.width * box.height,
					hasTip: e.hasAttribute('data-tip'),
					tipShown: tip ? !tip.hidden && (tip.textContent ?? '').length > 0 : false
				};
			});
			if (!info) continue;
			expect(info.size, info.key).toBeGreaterThan(0);
			expect(info.ring, `focus ring on ${info.key}`).toBe(true);
			if (info.hasTip) {
				expect(info.tipShown, `tooltip on focus of ${info.key}`).toBe(true);
				tips++;
			}
			seen.add(info.key);
		}
		// Tab visited every focusable element, so nothing traps focus or hides a control from it.
		expect(seen.size).toBe(expected);
		if (await page.locator('figure[data-chart] [data-tip][tabindex="0"]').count())
			expect(tips).toBeGreaterThan(0);
	});
}
