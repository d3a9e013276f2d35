/**
 * The regional map pages. Each layer is a prerendered page (/map/, /map/turnout-change/,
 * /map/districts/); each unit's panel is prerendered in a <template>. This script opens a unit
 * (click, Enter or Space on the map, or its name in the table), outlines it, marks its row and
 * keeps it in the address (?region=KZ-55, which the layer links carry along). An older address
 * with ?layer= opens that layer's page; a layer or unit that does not exist leaves the page as
 * it is, with a note that says what was asked for.
 */
const OUTLINE = '#1a1f24';
/** Attributes of a map unit that its outline must not repeat. */
const INTERACTIVE = ['tabindex', 'role', 'aria-label', 'data-tip', 'data-region', 'data-city'];

export function installMap(doc: Document, loc: Location, hist: History): 'leaving' | void {
	const root = doc.querySelector<HTMLElement>('[data-region-map]');
	const host = root?.querySelector<HTMLElement>('[data-panel-host]');
	if (!root || !host) return;
	const templates = new Map(
		[...root.querySelectorAll<HTMLTemplateElement>('template[data-panel-for]')].map((t) => [
			t.dataset.panelFor!,
			t
		])
	);
	const country = [...host.childNodes].map((n) => n.cloneNode(true));
	const layerLinks = [...doc.querySelectorAll<HTMLAnchorElement>('a[data-layer]')];
	const layerPath = new Map(layerLinks.map((a) => [a.dataset.layer!, a.pathname]));
	const svg = root.querySelector('svg[role="img"]');
	let selected: string | null = null;

	const query = new URLSearchParams(loc.search);
	const askedLayer = query.get('layer');
	if (askedLayer !== null) {
		const path = layerPath.get(askedLayer);
		if (path === undefined) note('[data-layer-note]', askedLayer);
		else if (askedLayer !== root.dataset.regionMap) {
			query.delete('layer');
			loc.replace(path + withQuery(query) + loc.hash);
			return 'leaving';
		}
	}
	const askedRegion = query.get('region');
	if (askedRegion !== null) {
		if (templates.has(askedRegion)) select(askedRegion);
		else note('[data-region-note]', askedRegion);
	}

	root.addEventListener('click', (e) => {
		const target = e.target as Element;
		const shape = unitShape(target);
		if (shape) return select(unitId(shape) === selected ? null : unitId(shape));
		const link = target.closest<HTMLElement>('a[data-region-link]');
		if (link) {
			e.preventDefault();
			return select(link.dataset.regionLink!);
		}
		if (target.closest('[data-region-close]')) {
			const was = selected;
			select(null);
			if (was)
				svg
					?.querySelector<SVGElement>(`[data-region="${was}"][tabindex], [data-city="${was}"]`)
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
		const shape = target.closest<SVGElement>('[data-region][tabindex], [data-city][tabindex]');
		return shape && svg?.contains(shape) ? shape : null;
	}

	function unitId(shape: SVGElement): string {
		return (shape.dataset.region ?? shape.dataset.city)!;
	}

	function select(id: string | null) {
		selected = id;
		const template = id === null ? undefined : templates.get(id);
		host!.replaceChildren(
			...(template ? [template.content.cloneNode(true)] : country.map((n) => n.cloneNode(true)))
		);
		outline(id);
		for (const row of root!.querySelectorAll<HTMLElement>('tr[data-region-row]'))
			row.classList.toggle('selected', row.dataset.regionRow === id);
		for (const a of root!.querySelectorAll<HTMLElement>('a[data-region-link]'))
			if (a.dataset.regionLink === id) a.setAttribute('aria-current', 'true');
			else a.removeAttribute('aria-current');
		const params = new URLSearchParams(loc.search);
		params.delete('layer');
		if (id) params.set('region', id);
		else params.delete('region');
		hist.replaceState(hist.state, '', loc.pathname + withQuery(params) + loc.hash);
		// Switching layer keeps the unit.
		const keep = id ? `?region=${encodeURIComponent(id)}` : '';
		for (const a of layerLinks) a.href = layerPath.get(a.dataset.layer!)! + keep;
	}

	/** Draws the chosen unit's outline over its neighbours (and under the labels). */
	function outline(id: string | null) {
		svg?.querySelector('[data-selected]')?.remove();
		if (!svg || id === null) return;
		const shape = svg.querySelector<SVGElement>(`[data-region="${id}"], [data-city="${id}"]`);
		if (!shape) return;
		const ring = shape.cloneNode(false) as SVGElement;
		for (const name of INTERACTIVE) ring.removeAttribute(name);
		ring.setAttribute('fill', 'none');
		ring.setAttribute('stroke', OUTLINE);
		ring.setAttribute('stroke-width', shape.dataset.city ? '3' : '2.5');
		ring.setAttribute('stroke-linejoin', 'round');
		ring.setAttribute('pointer-events', 'none');
		ring.setAttribute('data-selected', id);
		if (shape.dataset.city) shape.after(ring);
		else svg.querySelector('[data-labels]')?.before(ring);
	}

	function note(selector: string, value: string) {
		const el = doc.querySelector<HTMLElement>(selector);
		const template = el?.getAttribute(selector.slice(1, -1));
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
