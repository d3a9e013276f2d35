// Runs in <head> before the first paint (inline and minified: see ./inline.js; in a
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
	// sailau-script meta tag, is fetched once the page has loaded and painted: all it adds is
	// behaviour on a page that is already complete, and a request that starts sooner competes
	// with the page on a slow connection and delays its first paint (~140 ms from <head> under
	// Lighthouse's mobile preset; from the load event, when a small page loads before it paints).
	// On the one page SvelteKit's client hydrates (the simulator), the client's modules, named by
	// the sailau-app meta tag, are preloaded then too, and SvelteKit's start script waits for the
	// `sailau:ready` event sent here (src/lib/server/app-start.ts).
	const named = (/** @type {string} */ name) =>
		document.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
	const ready = () => {
		for (const href of named('sailau-app')?.split(' ') ?? []) {
			const link = document.createElement('link');
			link.rel = 'modulepreload';
			link.href = href;
			document.head.append(link);
		}
		const src = named('sailau-script');
		if (src) {
			const script = document.createElement('script');
			script.type = 'module';
			script.src = src;
			document.head.append(script);
		}
		dispatchEvent(new Event('sailau:ready'));
	};
	// After the next frame is painted: a timer set in an animation frame runs once it is drawn.
	addEventListener('load', () => requestAnimationFrame(() => setTimeout(ready)));
}
