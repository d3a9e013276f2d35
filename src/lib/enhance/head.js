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
	// On the one page SvelteKit's client hydrates (the simulator), the page script starts it on the
	// reader's first sign of use (./app-wake.ts).
	const ready = () => {
		const src = document.querySelector('meta[name="sailau-script"]')?.getAttribute('content');
		if (!src) return;
		const script = document.createElement('script');
		script.type = 'module';
		script.src = src;
		document.head.append(script);
	};
	// After the load event and the first paint, as the browser reports it (paint timing: the
	// frame is on screen; a request sent before that, even after the frame was drawn, counts as
	// delaying it in Lighthouse's simulation), else after the next frame.
	let pending = 2;
	const step = () => --pending || setTimeout(ready);
	addEventListener('load', step);
	if (PerformanceObserver.supportedEntryTypes?.includes('paint'))
		new PerformanceObserver((_, observer) => {
			observer.disconnect();
			step();
		}).observe({ type: 'paint', buffered: true });
	else requestAnimationFrame(() => setTimeout(step));
}
