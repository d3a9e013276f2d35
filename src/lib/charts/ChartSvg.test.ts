import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { createRawSnippet } from 'svelte';
import ChartSvg from './ChartSvg.svelte';

const meta = {
	id: 'demo',
	title: 'Seats & votes <2023>',
	desc: 'A "demo" chart',
	source: 'CEC, 27 Mar 2023'
};
const children = createRawSnippet(() => ({
	render: () => '<circle cx="5" cy="5" r="2"></circle>'
}));

describe('ChartSvg', () => {
	it('on the page: scales to its container, titled and described, no export lines', () => {
		const { body } = render(ChartSvg, { props: { meta, width: 400, height: 200, children } });
		expect(body).toContain('viewBox="0 0 400 200"');
		expect(body).toContain('width="100%"');
		expect(body).toContain('role="img"');
		expect(body).toContain('<title id="demo-title">Seats &amp; votes &lt;2023></title>');
		expect(body).toContain('<desc id="demo-desc">A "demo" chart</desc>');
		expect(body).not.toContain('CEC, 27 Mar 2023');
	});

	it('standalone: fixed size, white background, title and source lines, escaped text', () => {
		const { body } = render(ChartSvg, {
			props: { meta, width: 400, height: 200, standalone: true, children }
		});
		expect(body).toContain('xmlns="http://www.w3.org/2000/svg"');
		// 200 high + 52 for the title + two footer lines of 14 + 22 of padding
		expect(body).toContain('viewBox="0 0 400 302"');
		expect(body).toContain('width="400" height="302"');
		expect(body).toContain('<rect width="400" height="302" fill="#ffffff"');
		expect(body).toContain('>Source: CEC, 27 Mar 2023</text>');
		expect(body).toContain('CC BY 4.0');
		expect(body).toContain('transform="translate(0,52)"');
	});

	it('standalone: wraps a long title and source onto more lines and grows to hold them', () => {
		const long = {
			...meta,
			title: 'A title long enough that it cannot fit on one line of a narrow chart',
			source: 'Publisher one (2023-03-27); Publisher two (2023-03-27); Publisher three (2023-04-14)'
		};
		const { body } = render(ChartSvg, {
			props: { meta: long, width: 300, height: 200, standalone: true, children }
		});
		const titles = [...body.matchAll(/font-size="18"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
		const sources = [...body.matchAll(/font-size="11"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
		expect(titles.length).toBe(3);
		expect(titles.join(' ')).toBe(long.title);
		// Three source lines, then the licence line.
		expect(sources.length).toBe(4);
		expect(sources.slice(0, 3).join(' ')).toBe(`Source: ${long.source}`);
		expect(sources[3]).toMatch(/CC BY 4\.0/);
		// 200 high + a title of 52 and 2 extra lines of 22 + 4 footer lines of 14 and 22 padding.
		expect(body).toContain('viewBox="0 0 300 374"');
		expect(body).toContain('transform="translate(0,96)"');
	});
});
