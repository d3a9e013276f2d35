import { describe, expect, it } from 'vitest';
import { lcpElement, sampleOf, scriptBytes } from './lhr.js';

const origin = 'http://127.0.0.1:4199';
/** Gzip bytes of the build's files, for these tests. */
const built = /** @type {Record<string, number>} */ ({
	'/_app/immutable/workers/main-x.js': 4608,
	'/_app/immutable/chunks/a b.js': 1024
});
const gzOfPath = (/** @type {string} */ p) => built[p] ?? null;

/** Lighthouse's shape for the audits this module reads. */
function lhrWith({ requests = /** @type {any[]} */ ([]), audits = {}, score = 1 } = {}) {
	return {
		categories: { performance: { score } },
		audits: {
			'largest-contentful-paint': { numericValue: 912.4 },
			'total-blocking-time': { numericValue: 49.6 },
			'cumulative-layout-shift': { numericValue: 0.00042 },
			'first-contentful-paint': { numericValue: 800.5 },
			'network-requests': { details: { items: requests } },
			...audits
		}
	};
}

describe('scriptBytes', () => {
	it('counts the site’s scripts by their built gzip size, others by what they transferred', () => {
		const lhr = lhrWith({
			requests: [
				{ url: `${origin}/`, resourceType: 'Document', transferSize: 16000 },
				{
					url: `${origin}/_app/immutable/workers/main-x.js`,
					resourceType: 'Script',
					transferSize: 4554
				},
				{
					url: `${origin}/_app/immutable/chunks/a%20b.js`,
					resourceType: 'Script',
					transferSize: 999
				},
				{ url: 'https://elsewhere.example/x.js', resourceType: 'Script', transferSize: 300 },
				{ url: `${origin}/gone.js`, resourceType: 'Script', transferSize: 77 },
				{ url: `${origin}/favicon.svg`, resourceType: 'Other', transferSize: 588 }
			]
		});
		expect(scriptBytes(lhr, origin, gzOfPath)).toBe(4608 + 1024 + 300 + 77);
	});
	it('is 0 without scripts or without the audit', () => {
		expect(scriptBytes(lhrWith(), origin, gzOfPath)).toBe(0);
		expect(scriptBytes({ audits: {} }, origin, gzOfPath)).toBe(0);
	});
});

describe('lcpElement', () => {
	it('takes the element and the phases from Lighthouse’s audit when it worked', () => {
		const lhr = lhrWith({
			audits: {
				'largest-contentful-paint-element': {
					details: {
						type: 'list',
						items: [
							{
								type: 'table',
								items: [
									{
										node: {
											selector: 'main > p.era',
											nodeLabel: 'Text',
											snippet: '<p class="era">'
										}
									}
								]
							},
							{
								type: 'table',
								items: [
									{ phase: 'TTFB', timing: 600.4 },
									{ phase: 'Render Delay', timing: 212.6 }
								]
							}
						]
					}
				}
			}
		});
		expect(lcpElement(lhr)).toEqual({
			source: 'lighthouse',
			selector: 'main > p.era',
			nodeLabel: 'Text',
			snippet: '<p class="era">',
			phases: [
				{ phase: 'TTFB', ms: 600 },
				{ phase: 'Render Delay', ms: 213 }
			]
		});
	});

	const candidate = (/** @type {number} */ ts, /** @type {Record<string, unknown>} */ data) => ({
		name: 'largestContentfulPaint::Candidate',
		ts,
		args: { data: { isMainFrame: true, isOutermostMainFrame: true, ...data } }
	});
	const failed = lhrWith({
		audits: { 'largest-contentful-paint-element': { errorMessage: 'TraceElements failed' } }
	});

	it('falls back to the main frame’s last candidate in the trace when the audit failed', () => {
		const events = [
			candidate(3, { nodeName: 'H1', type: 'text', size: 900 }),
			candidate(9, {
				nodeName: 'IFRAME P',
				type: 'text',
				size: 99999,
				isOutermostMainFrame: false
			}),
			{ name: 'LargestTextPaint::Candidate', ts: 8, args: { data: { nodeName: 'DIV' } } },
			candidate(5, { nodeName: "P class='era'", type: 'text', size: 65637 }),
			candidate(1, { nodeName: 'SPAN', type: 'text', size: 10 })
		];
		expect(lcpElement(failed, events)).toEqual({
			source: 'trace',
			nodeName: "P class='era'",
			type: 'text',
			size: 65637,
			auditError: 'TraceElements failed'
		});
	});
	it('says none, with the audit’s error, when the trace has no candidate either', () => {
		expect(lcpElement(failed, [])).toEqual({ source: 'none', error: 'TraceElements failed' });
	});
});

describe('sampleOf', () => {
	it('rounds the figures: ms to whole numbers, CLS to 3 decimals, score to 0–100, JS to 0.1 KB', () => {
		const lhr = lhrWith({
			score: 0.994,
			requests: [{ url: `${origin}/_app/immutable/workers/main-x.js`, resourceType: 'Script' }]
		});
		expect(sampleOf({ lhr }, origin, gzOfPath)).toMatchObject({
			score: 99,
			lcp: 912,
			tbt: 50,
			cls: 0,
			fcp: 801,
			jsKb: 4.5
		});
	});
	it('gives a run Lighthouse could not finish no figures, and its error', () => {
		const lhr = {
			...lhrWith(),
			runtimeError: { code: 'NO_FCP', message: 'The page did not paint' }
		};
		const sample = sampleOf({ lhr }, origin, gzOfPath);
		expect(sample).toMatchObject({
			score: null,
			lcp: null,
			tbt: null,
			cls: null,
			fcp: null,
			jsKb: null
		});
		expect(sample.error).toBe('NO_FCP: The page did not paint');
	});
	it('reads the LCP element from the trace in the artifacts', () => {
		const lhr = lhrWith();
		const artifacts = {
			Trace: {
				traceEvents: [
					{
						name: 'largestContentfulPaint::Candidate',
						ts: 1,
						args: { data: { nodeName: 'SVG', type: 'image', size: 5 } }
					}
				]
			}
		};
		expect(sampleOf({ lhr, artifacts }, origin, gzOfPath).lcpElement).toMatchObject({
			source: 'trace',
			nodeName: 'SVG'
		});
	});
});
