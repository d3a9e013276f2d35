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
		expect(body).toContain('viewBox="0 0 400 296"');
		expect(body).toContain('width="400" height="296"');
		expect(body).toContain('<rect width="400" height="296" fill="#ffffff"');
		expect(body).toContain('>CEC, 27 Mar 2023</text>');
		expect(body).toContain('transform="translate(0,52)"');
	});

	it('standalone: wraps a long source line and grows to fit it', () => {
		const source = Array.from({ length: 30 }, (_, i) => `word${String(i).padStart(2, '0')}`).join(
			' '
		);
		const { body } = render(ChartSvg, {
			props: { meta: { ...meta, source }, width: 400, height: 200, standalone: true, children }
		});
		// 376 px at 6.38 px a character: 58 characters a line, so 30 six-character words need 4 lines.
		const lines = [...body.matchAll(/<text x="12" y="(\d+)"[^>]*>(word[^<]*)<\/text>/g)];
		expect(lines.map((m) => m[2]!.split(' ').length)).toEqual([8, 8, 8, 6]);
		expect(lines.map((m) => Number(m[1]))).toEqual([
			296 + 42 - 24 - 42,
			296 + 42 - 24 - 28,
			296 + 42 - 24 - 14,
			296 + 42 - 24
		]);
		expect(body).toContain('viewBox="0 0 400 338"');
	});
});
