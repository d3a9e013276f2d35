import type { Handle } from '@sveltejs/kit';
import themeInit from '$lib/theme/theme-init.js?raw';
import { langOf } from '$lib/i18n/lang';

/**
 * Puts the theme script into every page's <head> (it must run before the first paint, so that a
 * reader who chose dark mode never sees a white flash). Its hash is allowed by the
 * Content-Security-Policy in svelte.config.js, computed from the same file. Also sets
 * <html lang> to the page's language, read from its /kk/ or /ru/ prefix.
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = langOf(event.url.pathname);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html
				.replace('%sailau.themeInit%', themeInit)
				.replace('<html lang="en">', `<html lang="${lang}">`)
	});
};
