/**
 * On a phone the navigation is one row that scrolls sideways (+layout.svelte): bring the current
 * page's link into that row's view, so that a reader on the last page sees where they are.
 * Browsers that know CSS `scroll-initial-target` have done it before the first paint; in them,
 * this would only cost a forced layout and a scroll (25 ms measured, a long task on a phone).
 */
export function showCurrentNav(doc: Document): void {
	if (CSS.supports('scroll-initial-target', 'nearest')) return;
	const current = doc.querySelector<HTMLElement>('header nav a[aria-current="page"]');
	const row = current?.closest('nav');
	if (!current || !row || row.scrollWidth <= row.clientWidth) return;
	row.scrollLeft = Math.max(0, current.offsetLeft - row.offsetLeft - 16);
}
