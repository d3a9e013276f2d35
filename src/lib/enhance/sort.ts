/**
 * Sortable tables. A column whose `<th>` holds a button with the `sort` hook sorts the table's
 * body by that column: ascending first, then descending. The sorted column's `<th>` carries
 * `aria-sort` (the prerendered page marks its default order there; CSS draws the arrow from it).
 * A cell sorts by its `sortValue` hook if it has one, else by its text: numbers as numbers, text
 * in the page language's collation, and missing values ('') last in either direction. Ties keep
 * the prerendered order. The order is not kept in the address.
 */
import { read, sel } from './hooks';

export type Direction = 'ascending' | 'descending';
export type SortValue = number | string | null;

const NUMBER = /^[-−]?\d+(?:\.\d+)?$/;

/** A cell's text as a sort value: a number, a text, or null when it is empty (missing). */
export function sortValue(text: string | null): SortValue {
	const t = (text ?? '').trim();
	if (!t) return null;
	return NUMBER.test(t) ? Number(t.replace('−', '-')) : t;
}

/** A collator for sorting text in `lang`: case and accents aside, digits by their value. */
export function collatorFor(lang: string): Intl.Collator {
	return new Intl.Collator(lang || undefined, { numeric: true, sensitivity: 'base' });
}

/**
 * Compares two sort values in a direction, missing values (null) last whichever the direction;
 * 0 for a tie, which the caller breaks.
 */
export function compareValues(
	a: SortValue,
	b: SortValue,
	dir: Direction,
	collator: Intl.Collator
): number {
	if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
	const c =
		typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
	return dir === 'ascending' ? c : -c;
}

/** The indices of `values` in sorted order; ties keep their order in `values`. */
export function sortedOrder(
	values: SortValue[],
	dir: Direction,
	collator: Intl.Collator
): number[] {
	return values
		.map((_, i) => i)
		.sort((i, j) => compareValues(values[i]!, values[j]!, dir, collator) || i - j);
}

export function installSort(doc: Document): void {
	// Made on the first sort, not at load: building a collator loads the language's collation
	// data, 25-30 ms of main thread on this machine (over 100 ms under Lighthouse's CPU slowdown),
	// which every page with a table paid whether or not the reader sorted anything.
	let collator: Intl.Collator | undefined;
	/** Each table body's rows in their prerendered order, recorded before its first sort. */
	const original = new WeakMap<HTMLTableSectionElement, HTMLTableRowElement[]>();

	doc.addEventListener('click', (e) => {
		const th = (e.target as Element | null)?.closest?.(sel('sort'))?.closest('th');
		const table = th?.closest('table');
		const body = table?.tBodies[0];
		if (!th || !table || !body) return;
		if (!original.has(body)) original.set(body, [...body.rows]);
		const rows = original.get(body)!;
		const dir: Direction =
			th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
		const values = rows.map((row) => {
			const cell = row.cells[th.cellIndex];
			return sortValue(cell ? (read(cell, 'sortValue') ?? cell.textContent) : null);
		});
		body.append(
			...sortedOrder(values, dir, (collator ??= collatorFor(doc.documentElement.lang))).map(
				(i) => rows[i]!
			)
		);
		for (const other of th.parentElement!.children)
			if (other === th) other.setAttribute('aria-sort', dir);
			else other.removeAttribute('aria-sort');
	});
}
