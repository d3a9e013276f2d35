import type { Handle } from '@sveltejs/kit';
import themeInit from '$lib/theme/theme-init.js?raw';

/**
 * Puts the theme script into every page's <head> (it must run before the first paint, so that a
 * reader who chose dark mode never sees a white flash). Its hash is allowed by the
 * Content-Security-Policy in svelte.config.js, computed from the same file.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%sailau.themeInit%', themeInit)
	});
