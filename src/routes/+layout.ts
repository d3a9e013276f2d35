import { loadText } from '$lib/i18n/text';
import { langOf } from '$lib/i18n/lang';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'always';

/** On a page that hydrates, the browser first fetches the page language's messages (only that one). */
export const load: LayoutLoad = async ({ url }) => {
	await loadText(langOf(url.pathname));
};
