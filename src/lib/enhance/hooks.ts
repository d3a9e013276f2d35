/**
 * The hooks between the markup and the page script: every `data-*` attribute that a component
 * writes and `src/lib/enhance/` reads, named once. Components spread `hook(name, value)` on the
 * element (`<a {...hook('lang', l)}>`); the script finds elements with `sel(name)` and reads them
 * with `read(el, name)`. A hook renamed or removed here is a type error on both sides, not a
 * control that silently stops working. (CSS that styles a hook still spells it out.)
 */
export const HOOKS = {
	/** A chart figure; value: the chart id. Tooltips stay inside it. */
	chart: 'data-chart',
	/** A chart element's tooltip: lines separated by "\n". */
	tip: 'data-tip',
	/** The light/dark switch. */
	themeToggle: 'data-theme-toggle',
	/** A language link; value: its language. The script adds the live query and hash. */
	lang: 'data-lang',
	/** The compare picker form; `elections`: the ids it offers, comma-separated. */
	pairPicker: 'data-pair-picker',
	elections: 'data-elections',
	/** The picker's swap button. */
	swap: 'data-swap',
	/** The note shown when the query asks for a pair the page cannot show, and its text. */
	pairNote: 'data-pair-note',
	pairNoteText: 'data-pair-note-text',
	/** The map page's root; value: the layer id. */
	regionMap: 'data-region-map',
	/** Where the map shows the chosen unit's panel, and each unit's prerendered panel. */
	panelHost: 'data-panel-host',
	panelFor: 'data-panel-for',
	/** A map layer link; value: the layer id. */
	layer: 'data-layer',
	/** Notes for an unknown layer or unit in the query; value: a sentence with `{value}`. */
	layerNote: 'data-layer-note',
	regionNote: 'data-region-note',
	/** A region's or a city's shape on the map; value: the unit id. */
	region: 'data-region',
	city: 'data-city',
	/** A link or table row that stands for a unit; value: the unit id. */
	regionLink: 'data-region-link',
	regionRow: 'data-region-row',
	/** The panel's close button. */
	regionClose: 'data-region-close',
	/** The map's label layer (the chosen unit's outline goes under it). */
	labels: 'data-labels',
	/** A sortable column's button, in a `<th>` of a table's `<thead>`. */
	sort: 'data-sort',
	/** A cell's sort value when it is not the cell's text; '' for a missing value. */
	sortValue: 'data-sort-value'
} as const;

export type Hook = keyof typeof HOOKS;
type Attr<K extends Hook> = (typeof HOOKS)[K];

/** The hook as an attribute to spread on an element; a flag when `value` is left out. */
export function hook<K extends Hook>(
	name: K,
	value: string | number = ''
): { [A in Attr<K>]: string } {
	return { [HOOKS[name]]: String(value) } as { [A in Attr<K>]: string };
}

/** A CSS selector for the elements that carry the hook (with that value, if given). */
export function sel(name: Hook, value?: string): string {
	return value === undefined ? `[${HOOKS[name]}]` : `[${HOOKS[name]}="${value}"]`;
}

/** The hook's value on an element, or null if it has none. */
export function read(el: Element, name: Hook): string | null {
	return el.getAttribute(HOOKS[name]);
}
