import { choosePair, pairSlug, type Pair } from '../compare/pair';
import { langOf, localize } from '../i18n/lang';
import { read, sel } from './hooks';

/**
 * The compare page's picker (the `pairPicker` form). Every ordered pair is a prerendered page
 * (/compare/2016-2023/), so choosing in a select, or swapping, opens that page. A pair asked for
 * in the query of /compare/ (?a=2016&b=2023) opens its page too, in place of the address; a query
 * the page cannot show leaves the default pair on screen with a note that says why. Returns
 * 'leaving' when it has sent the browser to another page.
 */
export function installPairPicker(doc: Document, loc: Location): 'leaving' | void {
	const form = doc.querySelector<HTMLFormElement>(`form${sel('pairPicker')}`);
	if (!form) return;
	const ids = (read(form, 'elections') ?? '').split(',');
	const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
	const open = (pair: Pair, replace = false) => {
		const url = localize(`/compare/${pairSlug(pair)}/`, langOf(loc.pathname));
		if (replace) loc.replace(url);
		else loc.assign(url);
	};

	form.addEventListener('submit', (e) => e.preventDefault());
	form.addEventListener('change', () => open({ a: select('a').value, b: select('b').value }));
	form
		.querySelector(sel('swap'))
		?.addEventListener('click', () => open({ a: select('b').value, b: select('a').value }));

	const note = doc.querySelector<HTMLElement>(sel('pairNote'));
	const query = new URLSearchParams(loc.search);
	if (!note || (!query.has('a') && !query.has('b'))) return;
	const choice = choosePair(query, ids, undefined, langOf(loc.pathname));
	if (choice.note === null) {
		open(choice, true);
		return 'leaving';
	}
	note.querySelector(sel('pairNoteText'))!.textContent = choice.note;
	note.hidden = false;
}
