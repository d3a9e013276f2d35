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
});
