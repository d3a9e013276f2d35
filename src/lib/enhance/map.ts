/**
 * The regional map pages. Each layer is a prerendered page (/map/, /map/turnout-change/,
 * /map/districts/) with the country's panel; every unit's panel is prerendered in a <template>
 * in the language's panels file, which this script fetches as it starts. It opens a unit
 * (click, Enter or Space on the map, or its name in the table), outlines it, marks its row and
 * keeps it in the address (?region=KZ-55, which the layer links carry along). An older address
 * with ?layer= opens that layer's page; a layer or unit that does not exist leaves the page as
 * it is, with a note that says what was asked for.
 */
import { attr, read, sel } from './hooks';

/** Attributes of a map unit that its outline must not repeat. */
const INTERACTIVE = ['tabindex', 'role', 'aria-label', attr('tip'), attr('region'), attr('city')];
/** Marks the outline drawn over the chosen unit; the script's own, no markup carries it. */
const SELECTED = 'data-selected';

export function installMap(doc: Document, loc: Location, hist: History): 'leaving' | void {
	const root = doc.querySelector<HTMLElement>(sel('regionMap'));
	const host = root?.querySelector<HTMLElement>(sel('panelHost'));
	if (!root || !host) return;
	const units = [...root.querySelectorAll<HTMLElement>(`tr${sel('regionRow')}`)].map((row) =>
		read(row, 'regionRow')
	);
	/** Each unit's panel, once the panels file is in (none if it cannot be had). */
	let panels: Map<string | null, DocumentFragment> | undefined;
	fetch(read(host, 'panels')!)
		// A file that is not there (the host's 404 page) has no panels either.
		.then((response) => response.text())
		.then(
			(html) => {
				const file = doc.createElement('template');
				file.innerHTML = html;
				panels = new Map(
					[...file.content.querySelectorAll<HTMLTemplateElement>('template')].map((t) => [
						read(t, 'panelFor'),
						t.content
					])
				);
			},
			() => (panels = new Map())
		)
		.then(() => selected && show(selected));
	const country = [...host.childNodes].map((n) => n.cloneNode(true));
	const layerLinks = [...doc.querySelectorAll<HTMLAnchorElement>(`a${sel('layer')}`)];
	const layerPath = new Map(layerLinks.map((a) => [read(a, 'layer')!, a.pathname]));
	const svg = root.querySelector('svg[role="img"]');
	let selected: string | null = null;

	const query = new URLSearchParams(loc.search);
	const askedLayer = query.get('layer');
	if (askedLayer !== null) {
		const path = layerPath.get(askedLayer);
		if (path === undefined) note('layerNote', askedLayer);
		else if (askedLayer !== read(root, 'regionMap')) {
			query.delete('layer');
			loc.replace(path + withQuery(query) + loc.hash);
			return 'leaving';
		}
	}
	const askedRegion = query.get('region');
	if (askedRegion !== null) {
		if (units.includes(askedRegion)) select(askedRegion);
		else note('regionNote', askedRegion);
	}

	root.addEventListener('click', (e) => {
		const target = e.target as Element;
		const shape = unitShape(target);
		if (shape) return select(unitId(shape) === selected ? null : unitId(shape));
		const link = target.closest<HTMLElement>(`a${sel('regionLink')}`);
		if (link) {
			e.preventDefault();
			return select(read(link, 'regionLink'));
		}
		if (target.closest(sel('regionClose'))) {
			const was = selected;
			select(null);
			if (was)
				svg
					?.querySelector<SVGElement>(`${sel('region', was)}[tabindex], ${sel('city', was)}`)
					?.focus();
		}
	});
	root.addEventListener('keydown', (e) => {
		const shape = unitShape(e.target as Element);
		if (!shape || (e.key !== 'Enter' && e.key !== ' ')) return;
		e.preventDefault();
		select(unitId(shape) === selected ? null : unitId(shape));
	});

	function unitShape(target: Element): SVGElement | null {
		const shape = target.closest<SVGElement>(
			`${sel('region')}[tabindex], ${sel('city')}[tabindex]`
		);
		return shape && svg?.contains(shape) ? shape : null;
	}

	function unitId(shape: SVGElement): string {
		return (read(shape, 'region') ?? read(shape, 'city'))!;
	}

	function select(id: string | null) {
		selected = id;
		show(id);
		outline(id);
		for (const row of root!.querySelectorAll<HTMLElement>(`tr${sel('regionRow')}`))
			row.classList.toggle('selected', read(row, 'regionRow') === id);
		for (const a of root!.querySelectorAll<HTMLElement>(`a${sel('regionLink')}`))
			if (read(a, 'regionLink') === id) a.setAttribute('aria-current', 'true');
			else a.removeAttribute('aria-current');
		const params = new URLSearchParams(loc.search);
		params.delete('layer');
		if (id) params.set('region', id);
		else params.delete('region');
		hist.replaceState(hist.state, '', loc.pathname + withQuery(params) + loc.hash);
		// Switching layer keeps the unit.
		const keep = id ? `?region=${encodeURIComponent(id)}` : '';
		for (const a of layerLinks) a.href = layerPath.get(read(a, 'layer')!)! + keep;
	}

	/**
	 * The unit's panel, or the country's: while the panels file is on its way (a unit chosen
	 * from the address, or in the moment after the page starts), and with a note if it failed.
	 */
	function show(id: string | null) {
		const panel = panels?.get(id);
		host!.replaceChildren(...(panel ? [panel] : country).map((n) => n.cloneNode(true)));
		if (id && panels?.size === 0) host!.prepend(read(host!, 'panelsError')!);
	}

	/** Draws the chosen unit's outline over its neighbours (and under the labels). */
	function outline(id: string | null) {
		svg?.querySelector(`[${SELECTED}]`)?.remove();
		if (!svg || id === null) return;
		const shape = svg.querySelector<SVGElement>(`${sel('region', id)}, ${sel('city', id)}`);
		if (!shape) return;
		// Drawn by the map page's CSS ([data-selected]): a dark line, a little wider round a city.
		const ring = shape.cloneNode(false) as SVGElement;
		for (const name of INTERACTIVE) ring.removeAttribute(name);
		ring.setAttribute(SELECTED, id);
		if (read(shape, 'city') !== null) shape.after(ring);
		else svg.querySelector(sel('labels'))?.before(ring);
	}

	function note(name: 'layerNote' | 'regionNote', value: string) {
		const el = doc.querySelector<HTMLElement>(sel(name));
		const template = el && read(el, name);
		if (!el || !template) return;
		const clean = value.replace(/\s+/g, ' ').trim();
		el.textContent = template.replace(
			'{value}',
			clean.length > 24 ? `${clean.slice(0, 24)}…` : clean
		);
		el.hidden = false;
	}
}

function withQuery(params: URLSearchParams): string {
	const q = params.toString();
	return q ? `?${q}` : '';
}
