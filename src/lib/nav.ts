/** The dashboard's pages, in navigation order. Every entry is a prerendered route. */
export interface NavItem {
	href: string;
	label: string;
	/** One line on what the page holds, used in menus and page descriptions. */
	blurb: string;
}

export const NAV: readonly NavItem[] = [
	{
		href: '/',
		label: 'Overview',
		blurb: 'The 8th Majilis, elected 19 March 2023: seats, votes and turnout.'
	},
	{
		href: '/compare/',
		label: 'Compare',
		blurb: 'Any two Majilis elections since 2004 side by side.'
	},
	{
		href: '/map/',
		label: 'Map',
		blurb: 'Turnout and single-mandate districts across the 17 regions and 3 cities.'
	},
	{
		href: '/districts/',
		label: 'Districts',
		blurb: 'The 29 single-mandate districts of 2023 and their winners, where known.'
	},
	{
		href: '/simulate/',
		label: 'Simulate',
		blurb: 'How thresholds and seat formulas would change the chamber.'
	},
	{
		href: '/data/',
		label: 'Data',
		blurb: 'Every dataset behind Sailau, with sources, licences, gaps and downloads.'
	}
];

/** Is `href` the current page or a page inside it? */
export function isCurrent(href: string, pathname: string): boolean {
	return href === '/' ? pathname === '/' : pathname.startsWith(href);
}
