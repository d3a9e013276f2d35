/** The current page's language, for components (reads the page address, so call it while rendering or in handlers). */
import { page } from '$app/state';
import { langOf, localize } from './lang';

export const currentLang = () => langOf(page.url.pathname);

/** An internal path in the current page's language: /map/ on /kk/… becomes /kk/map/. */
export const lhref = (path: string) => localize(path, currentLang());
