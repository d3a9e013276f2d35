import { localize } from '../i18n/lang';
import type { Lang } from '../data/types';
import { read, sel } from './hooks';

/**
 * Language links keep the address: this is the one place that does it. The prerendered language
 * links (the `lang` hook, see LangSwitch.svelte) point at the plain localized path. Once the page
 * runs, each takes the live address, query and hash included, so that following, copying or
 * opening it in a new tab keeps the state the reader chose. The address can change without a
 * reload (the map's unit, the simulator's settings), and on the simulator SvelteKit's client
 * may write the plain path back when it hydrates: so every link is refreshed again when used.
 */
export function installLangLinks(doc: Document, loc: Location): void {
	const links = sel('lang');
	const update = () => {
		for (const a of doc.querySelectorAll<HTMLAnchorElement>(links))
			a.href = localize(loc.pathname + loc.search + loc.hash, read(a, 'lang') as Lang);
	};
	update();
	for (const type of ['pointerover', 'focusin', 'click'])
		doc.addEventListener(type, (e) => {
			if ((e.target as Element | null)?.closest?.(links)) update();
		});
}
