import { localize } from '../i18n/lang';
import type { Lang } from '../data/types';

/**
 * The language links (`a[data-lang]`) point at the plain localized path in the prerendered page.
 * Once the page runs, each takes the live address, query and hash included, so that following,
 * copying or opening it in a new tab keeps the state the reader chose.
 */
export function installLangLinks(doc: Document, loc: Location): void {
	const update = () => {
		for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[data-lang]'))
			a.href = localize(loc.pathname + loc.search + loc.hash, a.dataset.lang as Lang);
	};
	update();
	// The address changes without a reload (URL state, client-side navigation): refresh on use.
	for (const type of ['pointerover', 'focusin', 'click'])
		doc.addEventListener(type, (e) => {
			if ((e.target as Element | null)?.closest?.('a[data-lang]')) update();
		});
}
