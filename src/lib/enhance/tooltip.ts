import { read, sel } from './hooks';

/**
 * Tooltips for any element inside a chart figure (the `chart` hook) that carries a `tip` (one
 * line, or lines separated by "\n"), on pointer hover and on keyboard focus. The listeners sit on
 * the document, so they serve every chart on the page, including charts that a live page (the
 * simulator) redraws. JavaScript only adds this: the same text is in each chart's data table.
 */
export function installTooltips(doc: Document): void {
	let tip: HTMLElement | null = null;
	let current: Element | null = null;

	function tipFor(figure: HTMLElement): HTMLElement {
		let el = figure.querySelector<HTMLElement>(':scope > .chart-tip');
		if (!el) {
			el = doc.createElement('div');
			el.className = 'chart-tip';
			el.setAttribute('role', 'tooltip');
			el.hidden = true;
			figure.append(el);
		}
		return el;
	}

	function show(target: Element, x: number, y: number) {
		const figure = target.closest<HTMLElement>(sel('chart'));
		const text = read(target, 'tip');
		if (!figure || !text) return hide();
		const next = tipFor(figure);
		if (tip && tip !== next) tip.hidden = true;
		tip = next;
		if (current !== target) {
			tip.replaceChildren(
				...text.split('\n').map((line, i) => {
					const el = doc.createElement(i === 0 ? 'strong' : 'span');
					el.textContent = line;
					return el;
				})
			);
			current = target;
		}
		tip.hidden = false;
		const box = figure.getBoundingClientRect();
		const left = Math.min(Math.max(x - box.left + 12, 4), box.width - tip.offsetWidth - 4);
		const top = y - box.top - tip.offsetHeight - 12;
		tip.style.left = `${left}px`;
		tip.style.top = `${top < 0 ? y - box.top + 16 : top}px`;
	}

	function hide() {
		if (tip) tip.hidden = true;
		current = null;
	}

	const tipTarget = (e: Event) => {
		const target = (e.target as Element | null)?.closest?.(sel('tip'));
		return target?.closest(sel('chart')) ? target : null;
	};

	doc.addEventListener('pointermove', (e) => {
		const target = tipTarget(e);
		if (target) show(target, e.clientX, e.clientY);
		else if (current) hide();
	});
	doc.addEventListener('focusin', (e) => {
		const target = tipTarget(e);
		if (!target) return hide();
		const r = target.getBoundingClientRect();
		show(target, r.left + r.width / 2, r.top);
	});
	doc.addEventListener('focusout', hide);
	doc.addEventListener('keydown', (e) => {
		if (e.key === 'Escape') hide();
	});
}
