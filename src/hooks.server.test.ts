import { describe, expect, it } from 'vitest';
import { withoutHydrationMarks } from './hooks.server';

describe('withoutHydrationMarks', () => {
	it("drops Svelte's hydration comments from a page without the client", () => {
		expect(
			withoutHydrationMarks(
				'<!--12qhfyh--><p><!--[--><b>a</b><!--]--><!--[-1--><!----><!--[!--><!--[0-->x</p>'
			)
		).toBe('<p><b>a</b>x</p>');
	});

	it('keeps other comments', () => {
		expect(withoutHydrationMarks('<!-- note --><!--[if IE]-->')).toBe(
			'<!-- note --><!--[if IE]-->'
		);
	});

	it('leaves a page that SvelteKit hydrates as it is', () => {
		const live = '<script type="module">import("/_app/immutable/entry/start.js")</script><!--[-->';
		expect(withoutHydrationMarks(live)).toBe(live);
	});
});
