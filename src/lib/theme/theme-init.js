// Runs in <head> before the first paint: applies the theme the reader chose earlier, if any.
try {
	const theme = localStorage.getItem('sailau-theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
	// Storage refused (private browsing): follow the system setting.
}
