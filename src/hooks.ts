import type { Reroute } from '@sveltejs/kit';
import { delocalize } from '$lib/i18n/lang';

/** /kk/… and /ru/… are the same routes as /…: the language is read from the prefix by each page. */
export const reroute: Reroute = ({ url }) => delocalize(url.pathname);
