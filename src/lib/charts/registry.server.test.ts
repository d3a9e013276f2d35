import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { realDataset } from '$lib/data/fixtures';
import { CHARTS } from './registry.server';

const data = realDataset();

describe('chart registry', () => {
	it('registers the overview charts once each', () => {
		const ids = CHARTS.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of [
			'hemicycle-2023',
			'vote-share-2023',
			'seats-by-method-2023',
			'turnout-history'
		])
			expect(ids).toContain(id);
	});

	describe.each(CHARTS.map((c) => [c.id, c] as const))('%s', (id, chart) => {
		const props = chart.props(data, 'en');
		const standalone = render(chart.component, { props: { ...props, standalone: true } }).body;
		const onPage = render(chart.component, { props }).body;

		it('exports a standalone SVG: one svg with title, desc and source, styled by attributes', () => {
			const svg = standalone.replace(/<!--[^]*?-->/g, '');
			expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
			expect(svg.match(/<svg/g)).toHaveLength(1);
			expect(svg.match(/<title/g)).toHaveLength(1);
			expect(svg.match(/<desc/g)).toHaveLength(1);
			expect(svg).toContain('role="img"');
			// No page classes or focus stops travel into the file.
			expect(svg).not.toMatch(/\sclass="/);
			expect(svg).not.toContain('tabindex');
			expect(svg).not.toMatch(/<(script|style|image|use)\b/);
			const meta = props.meta as { source: string };
			const text = svg
				.replace(/<[^>]+>/g, ' ')
				.replace(/\s+/g, ' ')
				.replaceAll('&amp;', '&')
				.replaceAll('&lt;', '<')
				.replaceAll('&gt;', '>');
			expect(text).toContain(meta.source.split(' ').slice(0, 4).join(' '));
		});

		it('emits coordinates with at most 2 decimals', () => {
			const numbers = [
				...standalone.matchAll(/\s(?:x|y|x1|x2|y1|y2|cx|cy|r|width|height)="([^"]+)"/g)
			];
			expect(numbers.length).toBeGreaterThan(10);
			for (const [, v] of numbers) expect(v, id).toMatch(/^-?\d+(\.\d{1,2})?$|^100%$/);
		});

		it('on the page: one keyboard stop per group, each with a tooltip', () => {
			const stops = onPage.match(/tabindex="0"/g)?.length ?? 0;
			expect(stops).toBeGreaterThan(0);
			// A stop per party, bar, region (the map has 20 units) or vote (21 with a turnout),
			// never one per seat.
			expect(stops).toBeLessThanOrEqual(24);
			const tips = [...onPage.matchAll(/<(?:g|path|use|circle|rect) [^>]*tabindex="0"[^>]*>/g)];
			expect(tips).toHaveLength(stops);
			for (const [g] of tips) expect(g).toMatch(/data-tip="[^"]+"/);
		});
	});
});
