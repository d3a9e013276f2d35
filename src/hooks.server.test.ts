import { describe, expect, it } from 'vitest';
import { withoutClientLeftovers } from './hooks.server';

describe('withoutClientLeftovers', () => {
	it("drops Svelte's hydration comments from a page without the client", () => {
		expect(
			withoutClientLeftovers(
				'<!--12qhfyh--><p><!--[--><b>a</b><!--]--><!--[-1--><!----><!--[!--><!--[0-->x</p>'
			)
		).toBe('<p><b>a</b>x</p>');
	});

	it('drops the disabled links to the stylesheets whose rules are inlined, and no other link', () => {
		const head =
			'<style>p{}</style>\n\t\t<link href="../_app/immutable/assets/0.D.css" rel="stylesheet" disabled media="(max-width: 0)">\n\t\t<link href="/x.css" rel="stylesheet">';
		expect(withoutClientLeftovers(head)).toBe(
			'<style>p{}</style>\n\t\t<link href="/x.css" rel="stylesheet">'
		);
	});

	it('keeps other comments', () => {
		expect(withoutClientLeftovers('<!-- note --><!--[if IE]-->')).toBe(
			'<!-- note --><!--[if IE]-->'
		);
	});

	it('leaves a page that SvelteKit hydrates as it is', () => {
		const live =
			'<link href="0.css" rel="stylesheet" disabled media="(max-width: 0)"><script type="module">import("/_app/immutable/entry/start.js")</script><!--[-->';
		expect(withoutClientLeftovers(live)).toBe(live);
	});
});
