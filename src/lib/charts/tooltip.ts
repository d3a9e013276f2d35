/**
 * Tooltips for any element inside a chart that carries `data-tip` (one line, or lines separated
 * by "\n"). One listener on the figure serves every seat, bar and region, on pointer hover and
 * on keyboard focus. JavaScript only adds this: the same text is in each chart's data table.
 *
 * Use as an attachment: `<figure {@attach tooltip}>`.
 */
export function tooltip(root: HTMLElement) {
	const tip = document.createElement('div');
	tip.className = 'chart-tip';
	tip.setAttribute('role', 'tooltip');
	tip.hidden = true;
	root.style.position ||= 'relative';
	root.append(tip);
	let current: Element | null = null;

	function show(target: Element, x: number, y: number) {
		const text = target.getAttribute('data-tip');
		if (!text) return hide();
		if (current !== target) {
			tip.replaceChildren(
				...text.split('\n').map((line, i) => {
					const el = document.createElement(i === 0 ? 'strong' : 'span');
					el.textContent = line;
					return el;
				})
			);
			current = target;
		}
		tip.hidden = false;
		const box = root.getBoundingClientRect();
		const left = Math.min(Math.max(x - box.left + 12, 4), box.width - tip.offsetWidth - 4);
		const top = y - box.top - tip.offsetHeight - 12;
		tip.style.left = `${left}px`;
		tip.style.top = `${top < 0 ? y - box.top + 16 : top}px`;
	}

	function hide() {
		tip.hidden = true;
		current = null;
	}

	const over = (e: PointerEvent) => {
		const target = (e.target as Element).closest?.('[data-tip]');
		if (target && root.contains(target)) show(target, e.clientX, e.clientY);
		else hide();
	};
	const focus = (e: FocusEvent) => {
		const target = (e.target as Element).closest?.('[data-tip]');
		if (!target) return hide();
		const r = target.getBoundingClientRect();
		show(target, r.left + r.width / 2, r.top);
	};
	const key = (e: KeyboardEvent) => {
		if (e.key === 'Escape') hide();
	};

	root.addEventListener('pointermove', over);
	root.addEventListener('pointerleave', hide);
	root.addEventListener('focusin', focus);
	root.addEventListener('focusout', hide);
	root.addEventListener('keydown', key);
	return () => {
		root.removeEventListener('pointermove', over);
		root.removeEventListener('pointerleave', hide);
		root.removeEventListener('focusin', focus);
		root.removeEventListener('focusout', hide);
		root.removeEventListener('keydown', key);
		tip.remove();
	};
}
