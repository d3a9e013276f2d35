// Runs in <head> before the first paint (inline, without these comments: see ./inline.js; in a
// block so that it declares no globals). It marks that JavaScript runs (<html data-js>, so that
// CSS can lay out controls that the page script will make work, with no shift when it does), and
// applies the theme: on an embed page the one its address asks for (`?theme=light|dark`, from
// the site that frames it), else the one the reader chose earlier, if any.
{
	const root = document.documentElement;
	root.dataset.js = '';
	let theme = /^\/(?:kk\/|ru\/)?embed\//.test(location.pathname)
		? new URLSearchParams(location.search).get('theme')
		: null;
	if (theme !== 'light' && theme !== 'dark') {
		try {
			theme = localStorage.getItem('sailau-theme');
		} catch {
			// Storage refused (private browsing): follow the system setting.
		}
	}
	if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;

	// The page script (src/lib/enhance/main.ts, or an embed page's own), named by the page's
	// sailau-script meta tag, is fetched once the page has loaded: all it adds is behaviour on a
	// page that is already complete, and a request started in <head> competes with the HTML on a
	// slow connection and delays the first paint (~140 ms under Lighthouse's mobile preset).
	addEventListener('load', () => {
		const src = document.querySelector('meta[name="sailau-script"]')?.getAttribute('content');
		if (!src) return;
		const script = document.createElement('script');
		script.type = 'module';
		script.src = src;
		document.head.append(script);
	});
}
