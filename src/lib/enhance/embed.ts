/**
 * Embeds. On an embed page (the `embed` hook): posts the page's height to the framing page
 * (`{ type: 'sailau:height', id, height }`, read by /embed.js) on load and whenever it changes;
 * the theme the address asks for is applied before the first paint by ./head.js. Under a figure:
 * adds a copy button to each embed snippet.
 */
import { read, sel } from './hooks';

/** The embed page's part (run by embed-page.ts, the embed pages' own script). */
export function installFrame(doc: Document, win: Window): void {
	const root = doc.querySelector<HTMLElement>(sel('embed'));
	if (!root) return;
	const id = read(root, 'embed')!;
	const post = () => {
		const height = Math.ceil(root.getBoundingClientRect().height);
		if (win.parent !== win) win.parent.postMessage({ type: 'sailau:height', id, height }, '*');
	};
	post();
	new ResizeObserver(post).observe(root);
}

/** The snippet's copy button, under every figure of the site's pages (run by main.ts). */
export function installCopyButtons(doc: Document): void {
	for (const box of doc.querySelectorAll<HTMLTextAreaElement>(sel('embedCode'))) {
		const button = doc.createElement('button');
		button.type = 'button';
		button.textContent = read(box, 'copy');
		button.addEventListener('click', async () => {
			box.select();
			try {
				await navigator.clipboard.writeText(box.value);
			} catch {
				doc.execCommand?.('copy');
			}
			button.textContent = read(box, 'copied');
		});
		box.after(button);
	}
}
