// Runs in <head> before the first paint: marks that JavaScript runs (<html data-js>, so that CSS
// can lay out controls that the page script will make work, with no shift when it does), and
// applies the theme the reader chose earlier, if any.
document.documentElement.dataset.js = '';
try {
	const theme = localStorage.getItem('sailau-theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
	// Storage refused (private browsing): follow the system setting.
}
