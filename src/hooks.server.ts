import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import headSource from '$lib/enhance/head.js?raw';
import { inline } from '$lib/enhance/inline.js';
import { langOf } from '$lib/i18n/lang';
import { startAppOnLoad } from '$lib/server/app-start';

/**
 * Puts the head script (src/lib/enhance/head.js) into every page's <head>: it must run before the
 * first paint, so that a reader who chose dark mode never sees a white flash, and it loads the page
 * script once the page has loaded. Its hash is allowed by the
 * Content-Security-Policy in svelte.config.js, computed from the same file. On the simulator, moves
 * SvelteKit's client to after the page has loaded (src/lib/server/app-start.ts). Also sets
 * <html lang> to the page's language, read from its /kk/ or /ru/ prefix. (app.html's <body
 * data-sveltekit-reload>: every page but the simulator is served without SvelteKit's client, so
 * every link is a full page load, also from the simulator.)
 */
const headScript = inline(headSource, 'src/lib/enhance/head.js');

/**
 * Only prerendered pages carry their Content-Security-Policy in a meta tag that the rewrite of
 * SvelteKit's start script can update; a page rendered on request (`vite dev`, or `vite preview`
 * answering an unknown address) gets it as a header, so it keeps SvelteKit's own script.
 */
const atBuild = (html: string, page: string) => (building ? startAppOnLoad(html, page) : html);

export const handle: Handle = ({ event, resolve }) => {
	const lang = langOf(event.url.pathname);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			withoutClientLeftovers(
				atBuild(
					html
						.replace('%sailau.head%', () => headScript)
						.replace('<html lang="en">', `<html lang="${lang}">`),
					event.url.pathname
				)
			)
	});
};

/**
 * Svelte's hydration marks: empty comments such as <!--[-->, <!--]-->, <!--[-1--> and <!---->,
 * and the marks around each component's <svelte:head> content, such as <!--12qhfyh-->.
 */
const HYDRATION_MARK = /<!--(?:\[!?-?\d*|\]|[a-z0-9]+)?-->/g;

/**
 * The links SvelteKit writes for each stylesheet whose rules it inlined, disabled, so that its
 * client knows them as loaded: <link href="…css" rel="stylesheet" disabled media="(max-width: 0)">.
 */
const INLINED_STYLESHEET =
	/<link href="[^"]*\.css" rel="stylesheet" disabled media="\(max-width: 0\)">\s*/g;

/**
 * A page served without SvelteKit's client (csr = false, most of them) is never hydrated, so the
 * comments Svelte leaves for hydration are dead weight (about 8 KB on a chart page, 0.5 KB gzip),
 * and so are the links that tell the client which stylesheets are inlined (4-6 a page, 100-130 B
 * gzip). Such bytes decide whether a page arrives in one round trip on a slow connection.
 */
export function withoutClientLeftovers(html: string): string {
	return html.includes('/_app/immutable/entry/')
		? html
		: html.replace(HYDRATION_MARK, '').replace(INLINED_STYLESHEET, '');
}
