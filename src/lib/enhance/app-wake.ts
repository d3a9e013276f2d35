/**
 * The simulator's SvelteKit client starts on the reader's first sign of use, not at load.
 *
 * Hydrating the page is one long task (about 120 ms on this machine, four times that under
 * Lighthouse's mobile preset) that a reader who only looks at the prerendered chamber never needs:
 * the page shows the chamber as elected without it. So the client's inline start script
 * (src/lib/server/app-start.ts) imports its entry modules on `sailau:ready`, sent here as this
 * script loads, and starts on `sailau:use`, sent here when the reader moves a pointer, touches,
 * scrolls with a wheel, presses a key or focuses something, or at once when the address asks for
 * other rules (a query), since the prerendered default is then not what the reader asked for.
 * From the first pointer move to a live page took 210-240 ms here (0.57-0.85 s with the CPU
 * slowed four times), most of it the page's modules and hydration.
 *
 * The controls are prerendered disabled (they cannot act without JavaScript); this enables them,
 * so that a reader whose first act is a control (a screen reader in browse mode sends no key or
 * pointer events to the page) is not stopped by it. What the reader does to them before the client
 * has hydrated (it resets them to the state it renders) is recorded and done again once it has:
 * the layout sends `sailau:hydrated` from its first effect.
 */
import { sel } from './hooks';

/**
 * The events that say the reader is using the page (capture phase, on the window); pointerdown
 * covers a touch (and a click without a move).
 */
const USE = ['pointermove', 'pointerdown', 'wheel', 'keydown', 'focusin'];

type Control = HTMLInputElement | HTMLSelectElement | HTMLButtonElement;
/** One thing done to a control before the client listened, with the control's state after it. */
export interface Act<C = Control> {
	control: C;
	type: string;
	value: string;
	checked: boolean;
}

/**
 * The acts worth doing again: runs of the same event on the same control (a slider dragged
 * through thirty values) collapse to their last, which carries the control's final state.
 */
export function collapse<C>(acts: Act<C>[]): Act<C>[] {
	return acts.filter((a, i) => {
		const next = acts[i + 1];
		return !next || next.control !== a.control || next.type !== a.type;
	});
}

function redo(acts: Act[]): void {
	for (const { control, type, value, checked } of collapse(acts)) {
		if (control instanceof HTMLButtonElement) {
			control.click();
			continue;
		}
		if (/^(radio|checkbox)$/.test(control.type)) (control as HTMLInputElement).checked = checked;
		else control.value = value;
		control.dispatchEvent(new Event(type, { bubbles: true }));
	}
}

export function installAppWake(doc: Document, win: Window): void {
	const controls = doc.querySelector<HTMLFieldSetElement>(sel('appControls'));
	if (!controls) return;
	let woken = false;
	let live = false;
	const acts: Act[] = [];

	const wake = () => {
		if (woken) return;
		woken = true;
		for (const type of USE) win.removeEventListener(type, wake, true);
		win.dispatchEvent(new Event('sailau:use'));
	};
	const record = (e: Event) => {
		const c = e.target as Control;
		// A radio's or a checkbox's click is also its change: only a button's click is its own act.
		if (live || (e.type === 'click') !== c instanceof HTMLButtonElement) return;
		acts.push({
			control: c,
			type: e.type,
			value: c.value,
			checked: (c as HTMLInputElement).checked
		});
		wake();
	};
	for (const type of ['input', 'change', 'click']) controls.addEventListener(type, record, true);
	win.addEventListener(
		'sailau:hydrated',
		() => {
			live = true;
			// After the effects of the first render have run (they read the address).
			setTimeout(() => redo(acts));
		},
		{ once: true }
	);

	controls.disabled = false;
	// The client's entry modules load now, while the reader looks; it starts on first use.
	win.dispatchEvent(new Event('sailau:ready'));
	if (win.location.search) wake();
	else for (const type of USE) win.addEventListener(type, wake, { capture: true, passive: true });
}
