/**
 * On a phone the navigation is one row that scrolls sideways (+layout.svelte): bring the current
 * page's link into that row's view, so that a reader on the last page sees where they are.
 */
export function showCurrentNav(doc: Document): void {
	const current = doc.querySelector<HTMLElement>('header nav a[aria-current="page"]');
	const row = current?.closest('nav');
	if (!current || !row || row.scrollWidth <= row.clientWidth) return;
	row.scrollLeft = Math.max(0, current.offsetLeft - row.offsetLeft - 16);
}
