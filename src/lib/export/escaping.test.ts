/**
 * Names with &, <, quotes and Kazakh or Russian letters must come out of the standalone
 * renderer as well-formed XML text and attributes.
 */
import { describe, expect, it } from 'vitest';
import Hemicycle from '$lib/charts/hemicycle/Hemicycle.svelte';
import { buildHemicycle } from '$lib/charts/hemicycle/build';
import { electionById, seatsByParty } from '$lib/data/derive';
import { realDataset } from '$lib/data/fixtures';
import { standaloneSvg } from './render.server';

const HOSTILE = `R&D <"Қазақстан" 'Ақ жол'> Партия`;

/**
 * A strict little tokenizer for what the renderer emits: every '<' opens a well-formed start or
 * end tag whose attribute values are double-quoted without a raw '"' or '<', and every '&' in
 * text or attributes starts an entity.
 */
function wellFormed(xml: string): boolean {
	const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
	const entity = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
	const tag = /^<(\/[a-zA-Z][\w:-]*\s*|[a-zA-Z][\w:-]*(\s+[\w:-]+="[^"<]*")*\s*\/?)>/;
	const stack: string[] = [];
	let i = 0;
	while (i < body.length) {
		const lt = body.indexOf('<', i);
		const text = body.slice(i, lt === -1 ? body.length : lt);
		if (entity.test(text)) return false;
		if (lt === -1) break;
		const m = tag.exec(body.slice(lt));
		if (!m || entity.test(m[0])) return false;
		const name = /^<\/?([a-zA-Z][\w:-]*)/.exec(m[0])![1]!;
		if (m[0].startsWith('</')) {
			if (stack.pop() !== name) return false;
		} else if (!m[0].endsWith('/>')) stack.push(name);
		i = lt + m[0].length;
	}
	return stack.length === 0;
}

describe('standalone SVG text escaping', () => {
	it('keeps hostile and non-Latin names well-formed in text and attributes', () => {
		const data = realDataset();
		const rows = seatsByParty(data, electionById(data, '2023'), 'membership');
		const chart = buildHemicycle(rows, (id) => (id === 'amanat' ? HOSTILE : id));
		const meta = { id: 'x', title: HOSTILE, desc: HOSTILE, source: HOSTILE };
		const body = standaloneSvg(
			{
				id: 'x',
				component: Hemicycle,
				props: () => ({ meta, data: chart }),
				table: () => ({ columns: [], rows: [] })
			},
			data
		);
		expect(wellFormed(body)).toBe(true);
		expect(body).toContain('R&amp;D &lt;');
		expect(body).toContain('Қазақстан');
		// In attributes the quote is escaped so the attribute does not end early.
		expect(body).toMatch(/data-tip="R&amp;D &lt;&quot;Қазақстан&quot;/);
	});

	it('the check itself catches unescaped text', () => {
		expect(wellFormed('<svg><text>R&D</text></svg>')).toBe(false);
		expect(wellFormed('<svg><text>a < b</text></svg>')).toBe(false);
		expect(wellFormed('<svg><text x="1" y="2>a</text></svg>')).toBe(false);
		expect(wellFormed('<svg><text>a</svg>')).toBe(false);
		expect(wellFormed('<svg><g data-tip="a > b"><circle r="1"/></g></svg>')).toBe(true);
		expect(wellFormed('<svg><text>R&amp;D &lt;</text></svg>')).toBe(true);
	});
});
