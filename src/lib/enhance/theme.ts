/**
 * The light/dark switch (the `themeToggle` hook, shown by CSS only when JavaScript runs, since
 * without it the page simply follows the system setting). It starts from the reader's earlier choice (applied before
 * paint by head.js) or the system preference, and remembers the new choice in localStorage.
 */
import { sel } from './hooks';

const THEME_KEY = 'sailau-theme';

export function installThemeToggle(doc: Document): void {
	const root = doc.documentElement;
	const isDark = () =>
		root.dataset.theme
			? root.dataset.theme === 'dark'
			: matchMedia('(prefers-color-scheme: dark)').matches;
	for (const button of doc.querySelectorAll<HTMLButtonElement>(sel('themeToggle'))) {
		button.setAttribute('aria-pressed', String(isDark()));
	}
	doc.addEventListener('click', (e) => {
		const button = (e.target as Element | null)?.closest?.(sel('themeToggle'));
		if (!button) return;
		const theme = isDark() ? 'light' : 'dark';
		root.dataset.theme = theme;
		button.setAttribute('aria-pressed', String(theme === 'dark'));
		try {
			localStorage.setItem(THEME_KEY, theme);
		} catch {
			// Private browsing may refuse storage: the switch still works for this page.
		}
	});
}
