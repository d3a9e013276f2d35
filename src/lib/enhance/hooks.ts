/**
 * The hooks between the markup and the page script: every `data-*` attribute that a component
 * writes and `src/lib/enhance/` reads, named once, here, as a type, so that it costs the page
 * script nothing. The attribute is the name in kebab case (`panelFor` is `data-panel-for`).
 * Components spread `hook(name, value)` on the element (`<a {...hook('lang', l)}>`); the script
 * finds elements with `sel(name)` and reads them with `read(el, name)`. A hook renamed or
 * removed here is a type error on both sides, not a control that silently stops working. (CSS
 * that styles a hook still spells it out.)
 */
interface Hooks {
	/** A chart figure; value: the chart id. Tooltips stay inside it. */
	chart: true;
	/** A chart element's tooltip: lines separated by "\n". */
	tip: true;
	/** The light/dark switch. */
	themeToggle: true;
	/** A language link; value: its language. The script adds the live query and hash. */
	lang: true;
	/** The compare picker form; `elections`: the ids it offers, comma-separated. */
	pairPicker: true;
	elections: true;
	/** The picker's swap button. */
	swap: true;
	/** The note shown when the query asks for a pair the page cannot show, and its text. */
	pairNote: true;
	pairNoteText: true;
	/** The map page's root; value: the layer id. */
	regionMap: true;
	/**
	 * Where the map shows the chosen unit's panel; `panels`: the address of the file with every
	 * unit's panel, each in a template marked `panelFor` (the unit id); `panelsError`: the
	 * sentence shown when that file cannot be loaded.
	 */
	panelHost: true;
	panels: true;
	panelFor: true;
	panelsError: true;
	/** A map layer link; value: the layer id. */
	layer: true;
	/** Notes for an unknown layer or unit in the query; value: a sentence with `{value}`. */
	layerNote: true;
	regionNote: true;
	/** A region's or a city's shape on the map; value: the unit id. */
	region: true;
	city: true;
	/** A link or table row that stands for a unit; value: the unit id. */
	regionLink: true;
	regionRow: true;
	/** The panel's close button. */
	regionClose: true;
	/** The map's label layer (the chosen unit's outline goes under it). */
	labels: true;
	/** A sortable column's button, in a `<th>` of a table's `<thead>`. */
	sort: true;
	/** A cell's sort value when it is not the cell's text; '' for a missing value. */
	sortValue: true;
	/** An embed page's root; value: the chart file id. The page posts its height to its parent. */
	embed: true;
	/** An embed snippet's text box; `copy` and `copied`: the copy button's words. */
	embedCode: true;
	copy: true;
	copied: true;
	/**
	 * An application's controls (the simulator's fieldset), prerendered disabled for readers
	 * without JavaScript: the page script enables them and wakes the application on first use
	 * (./app-wake.ts).
	 */
	appControls: true;
}

export type Hook = keyof Hooks;

/** The hook's attribute name: `regionLink` is `data-region-link`. */
export function attr(name: Hook): string {
	return `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The hook as an attribute to spread on an element; a flag when `value` is left out. */
export function hook(name: Hook, value: string | number = ''): Record<string, string> {
	return { [attr(name)]: String(value) };
}

/** A CSS selector for the elements that carry the hook (with that value, if given). */
export function sel(name: Hook, value?: string): string {
	return value === undefined ? `[${attr(name)}]` : `[${attr(name)}="${value}"]`;
}

/** The hook's value on an element, or null if it has none. */
export function read(el: Element, name: Hook): string | null {
	return el.getAttribute(attr(name));
}
