/** The dashboard's pages, in navigation order. Every entry is a prerendered route, in each language. */
import type { Lang } from './data/types';
import type { MessageKey } from './i18n/text';
import { delocalize, localize } from './i18n/lang';

export interface NavItem {
	href: string;
	label: string;
	/** One line on what the page holds, used in menus and page descriptions. */
	blurb: string;
}

/** The pages at their English (unprefixed) paths, with the message keys of their names. */
export const NAV: readonly { href: string; key: MessageKey & `nav_${string}` }[] = [
	{ href: '/', key: 'nav_overview' },
	{ href: '/compare/', key: 'nav_compare' },
	{ href: '/map/', key: 'nav_map' },
	{ href: '/districts/', key: 'nav_districts' },
	{ href: '/simulate/', key: 'nav_simulate' },
	{ href: '/votes/', key: 'nav_votes' },
	{ href: '/data/', key: 'nav_data' }
];

/** The navigation in `lang`: localized paths, labels and blurbs (`m` looks the words up). */
export function navFor(lang: Lang, m: (key: MessageKey) => string): NavItem[] {
	return NAV.map(({ href, key }) => ({
		href: localize(href, lang),
		label: m(key),
		blurb: m(`${key}_blurb` as MessageKey)
	}));
}

/** Is `href` the current page or a page inside it? Compares paths without their language prefix. */
export function isCurrent(href: string, pathname: string): boolean {
	const h = delocalize(href);
	const p = delocalize(pathname);
	return h === '/' ? p === '/' : p.startsWith(h);
}
