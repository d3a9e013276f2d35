// One Lighthouse run as one sample of `npm run perf`: the figures of the budget, the JavaScript
// the page loaded and the element of its largest paint. Pure: it reads the result Lighthouse
// returns ({ lhr, artifacts }), and the caller says how many gzip bytes a file of the build has.

/**
 * @param {any} lhr
 * @param {string} id
 * @returns {number | null}
 */
function numeric(lhr, id) {
	const value = lhr.audits?.[id]?.numericValue;
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Bytes of JavaScript the page loaded, from Lighthouse's network requests: a script of this site
 * counts as its file of the build at gzip level 9 (as the byte budgets count it, whatever the
 * server's compression), a script from elsewhere as what it transferred.
 * @param {any} lhr
 * @param {string} origin the site's origin, `http://127.0.0.1:4199`
 * @param {(pathname: string) => number | null} gzOfPath gzip bytes of a built file, or null
 */
export function scriptBytes(lhr, origin, gzOfPath) {
	/** @type {any[]} */
	const requests = lhr.audits?.['network-requests']?.details?.items ?? [];
	let bytes = 0;
	for (const request of requests) {
		if (request.resourceType !== 'Script') continue;
		const url = new URL(request.url);
		const own = url.origin === origin ? gzOfPath(decodeURIComponent(url.pathname)) : null;
		bytes += own ?? request.transferSize ?? 0;
	}
	return bytes;
}

/**
 * The element of the largest contentful paint. Lighthouse's own audit names it with a selector
 * and a snippet; when that audit fails (Lighthouse 12.2 cannot read the traces of some newer
 * Chromium versions), the last candidate of the main frame in the trace still gives its tag,
 * class, kind and painted size.
 * @param {any} lhr
 * @param {any[]} [traceEvents]
 */
export function lcpElement(lhr, traceEvents = []) {
	const audit = lhr.audits?.['largest-contentful-paint-element'];
	/** @type {any[]} */
	const items = audit?.details?.items ?? [];
	// Lighthouse 12: a list of two tables, the element and the phases of its paint.
	const node = items[0]?.items?.[0]?.node ?? items[0]?.node;
	if (node) {
		/** @type {any[]} */
		const phases = items[1]?.items ?? [];
		return {
			source: 'lighthouse',
			selector: node.selector,
			nodeLabel: node.nodeLabel,
			snippet: node.snippet,
			phases: phases.map((p) => ({ phase: p.phase, ms: Math.round(p.timing) }))
		};
	}
	const candidate = traceEvents
		.filter(
			(e) =>
				e?.name === 'largestContentfulPaint::Candidate' &&
				e.args?.data?.isOutermostMainFrame !== false &&
				e.args?.data?.isMainFrame !== false
		)
		.sort((a, b) => a.ts - b.ts)
		.at(-1);
	if (!candidate) return { source: 'none', error: audit?.errorMessage ?? null };
	const data = candidate.args.data;
	return {
		source: 'trace',
		nodeName: data.nodeName ?? null,
		type: data.type ?? null,
		size: data.size ?? null,
		auditError: audit?.errorMessage ?? null
	};
}

/**
 * One sample: score (0–100), LCP, TBT and FCP in ms, CLS (3 decimals), JavaScript loaded in KB
 * gzip, the LCP element; a run Lighthouse could not finish has null figures and its error.
 * @param {{ lhr: any, artifacts?: any }} result what `lighthouse()` returned
 * @param {string} origin
 * @param {(pathname: string) => number | null} gzOfPath
 */
export function sampleOf({ lhr, artifacts }, origin, gzOfPath) {
	const error = lhr.runtimeError?.code ?? null;
	const score = lhr.categories?.performance?.score;
	const round = (/** @type {number | null} */ v, digits = 0) =>
		v === null ? null : Number(v.toFixed(digits));
	return {
		score: error || typeof score !== 'number' ? null : Math.round(score * 100),
		lcp: error ? null : round(numeric(lhr, 'largest-contentful-paint')),
		tbt: error ? null : round(numeric(lhr, 'total-blocking-time')),
		cls: error ? null : round(numeric(lhr, 'cumulative-layout-shift'), 3),
		fcp: error ? null : round(numeric(lhr, 'first-contentful-paint')),
		jsKb: error ? null : round(scriptBytes(lhr, origin, gzOfPath) / 1024, 1),
		lcpElement: lcpElement(lhr, artifacts?.Trace?.traceEvents),
		...(error ? { error: `${error}: ${lhr.runtimeError.message ?? ''}`.trim() } : {})
	};
}
