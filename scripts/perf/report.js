// What `npm run perf` makes of its samples: medians, the budget check and the tables it prints.
// Pure helpers; scripts/perf.js runs Lighthouse and writes the files.

/**
 * The budget of issue 16, for every page in every language: Lighthouse performance score 100,
 * largest contentful paint ≤ 1000 ms, total blocking time ≤ 50 ms, cumulative layout shift 0.
 */
export const BUDGET = Object.freeze({ score: 100, lcp: 1000, tbt: 50, cls: 0 });

/**
 * Every figure of a sample, in table order. `min` marks a figure whose budget is a floor (the
 * score); the others are ceilings. Figures without a budget are reported only.
 * @type {readonly { key: string, label: string, digits: number, min?: boolean }[]}
 */
export const FIGURES = Object.freeze([
	{ key: 'score', label: 'score', digits: 0, min: true },
	{ key: 'lcp', label: 'LCP ms', digits: 0 },
	{ key: 'tbt', label: 'TBT ms', digits: 0 },
	{ key: 'cls', label: 'CLS', digits: 3 },
	{ key: 'fcp', label: 'FCP ms', digits: 0 },
	{ key: 'htmlKb', label: 'HTML KB gz', digits: 1 },
	{ key: 'jsKb', label: 'JS KB gz', digits: 1 }
]);

/**
 * The median of the finite values (a run that failed gives null and is left out); null if none.
 * An even count gives the mean of the two middle values.
 * @param {(number | null | undefined)[]} values
 * @returns {number | null}
 */
export function median(values) {
	const sorted = values
		.filter((v) => typeof v === 'number' && Number.isFinite(v))
		.map(Number)
		.sort((a, b) => a - b);
	if (sorted.length === 0) return null;
	const mid = Math.floor(sorted.length / 2);
	const upper = /** @type {number} */ (sorted[mid]);
	return sorted.length % 2 ? upper : /** @type {number} */ (sorted[mid - 1] + upper) / 2;
}

/**
 * The median of each figure over a page's samples.
 * @param {Record<string, unknown>[]} samples
 * @returns {Record<string, number | null>}
 */
export function medians(samples) {
	return Object.fromEntries(
		FIGURES.map(({ key }) => [key, median(samples.map((s) => /** @type {number} */ (s[key])))])
	);
}

/**
 * The figures over budget, by key. A budgeted figure that is missing (every run failed) counts
 * as over: nothing shows that it is within.
 * @param {Record<string, number | null>} figures
 * @param {Record<string, number>} [budget]
 * @returns {string[]}
 */
export function overBudget(figures, budget = BUDGET) {
	return FIGURES.filter(({ key, min }) => {
		const limit = budget[key];
		if (limit === undefined) return false;
		const value = figures[key];
		if (value === null || value === undefined) return true;
		return min ? value < limit : value > limit;
	}).map(({ key }) => key);
}

/**
 * @param {number | null} value
 * @param {number} digits
 */
function formatValue(value, digits) {
	return value === null ? '–' : value.toFixed(digits);
}

/**
 * @typedef {{ route: string, kind: string, median: Record<string, number | null>, over: string[] }} Row
 */

/**
 * The cells of each row, with `!` after a figure over budget, and the budget row.
 * @param {Row[]} rows
 * @param {Record<string, number>} budget
 */
function cells(rows, budget) {
	const head = ['page', 'kind', ...FIGURES.map((f) => f.label)];
	const body = rows.map((row) => [
		row.route,
		row.kind,
		...FIGURES.map(
			({ key, digits }) =>
				formatValue(row.median[key] ?? null, digits) + (row.over.includes(key) ? ' !' : '')
		)
	]);
	const limits = [
		'budget',
		'',
		...FIGURES.map(({ key, min }) => {
			const limit = budget[key];
			if (limit === undefined) return '';
			return limit === 0 ? '0' : `${min ? '≥' : '≤'} ${limit}`;
		})
	];
	return { head, body, limits };
}

/**
 * A plain-text table for the terminal: a row per page, then the budget.
 * @param {Row[]} rows
 * @param {Record<string, number>} [budget]
 */
export function textTable(rows, budget = BUDGET) {
	const { head, body, limits } = cells(rows, budget);
	const all = [head, ...body, limits];
	const widths = head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
	const line = (/** @type {string[]} */ r) =>
		r
			.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
			.join('  ')
			.trimEnd();
	return [line(head), ...body.map(line), line(limits)].join('\n');
}

/**
 * The same table in Markdown, for the README, under a line that says where it comes from.
 * @param {Row[]} rows
 * @param {{ date: string, commit: string, runs: number, cores: number, load: number, chromium: string, lighthouse: string }} meta
 * @param {Record<string, number>} [budget]
 */
export function markdownTable(rows, meta, budget = BUDGET) {
	const { head, body, limits } = cells(rows, budget);
	const code = (/** @type {string} */ s) => (s ? `\`${s}\`` : s);
	const line = (/** @type {string[]} */ r) => `| ${r.join(' | ')} |`;
	return [
		`Measured by \`npm run perf\` on ${meta.date}, commit ${meta.commit}: Lighthouse ${meta.lighthouse}, ` +
			`mobile preset with simulated throttling, ${meta.chromium}, ${meta.cores} cores ` +
			`(load average ${meta.load.toFixed(2)} at the start), ` +
			`median of ${meta.runs} run${meta.runs === 1 ? '' : 's'} per page. \`!\` marks a figure over budget.`,
		'',
		line(head),
		line(head.map((_, i) => (i < 2 ? '---' : '---:'))),
		...body.map((r) => line([code(r[0] ?? ''), code(r[1] ?? ''), ...r.slice(2)])),
		line(limits.map((c, i) => (i === 0 ? `*${c}*` : c)))
	].join('\n');
}
