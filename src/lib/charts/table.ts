/**
 * The two tables of a chart, from its one list of columns: the page's data table (headers from the
 * catalogue, numbers formatted for the language, missing values as null) and the CSV (stable
 * machine headers, raw numbers, every column).
 */
import type { Lang } from '$lib/data/types';
import type { ChartTable } from '$lib/export/csv';
import { formatInt, formatPct } from '$lib/format';
import { t } from '$lib/i18n/text';
import type { Built, Column } from './spec';

/** A data table ready to draw: plain strings, so that it can travel from the server to the page. */
export interface TableModel {
	caption: string;
	head: { label: string; numeric: boolean }[];
	body: (string | null)[][];
	/** Links of the body's cells, where a column has them (null for none). */
	links?: (string | null)[][];
	foot: (string | null)[] | null;
}

const NUMERIC = new Set(['int', 'pct']);

function cell<Row>(c: Column<Row>, row: Row, lang: Lang): string | null {
	if (c.display) return c.display(row, lang);
	const v = c.value(row);
	if (v === null) return null;
	switch (c.kind ?? 'text') {
		case 'int':
			return formatInt(Number(v), lang);
		case 'pct':
			return formatPct(Number(v), c.digits ?? 2, lang);
		case 'yes-no':
			return t(lang, v ? 'yes' : 'no');
		default:
			return String(v);
	}
}

export function tableModel<Row>(
	built: Built<unknown, Row>,
	columns: Column<Row>[],
	lang: Lang
): TableModel {
	const shown = columns.filter((c) => c.label);
	const line = (row: Row) => shown.map((c) => cell(c, row, lang));
	return {
		caption: built.caption,
		head: shown.map((c) => ({
			label: typeof c.label === 'function' ? c.label(lang) : t(lang, c.label!, built.labelVars),
			numeric: NUMERIC.has(c.kind ?? 'text')
		})),
		body: built.rows.map(line),
		...(shown.some((c) => c.href)
			? { links: built.rows.map((row) => shown.map((c) => c.href?.(row, lang) ?? null)) }
			: {}),
		foot: built.footer === undefined ? null : line(built.footer)
	};
}

function raw<Row>(c: Column<Row>, row: Row): string | number | null {
	const v = c.value(row);
	if (typeof v === 'boolean') return v ? 'yes' : 'no';
	return v;
}

export function csvTable<Row>(built: Built<unknown, Row>, columns: Column<Row>[]): ChartTable {
	const rows = built.footer === undefined ? built.rows : [...built.rows, built.footer];
	const vars = built.labelVars ?? {};
	return {
		columns: columns.map((c) =>
			c.key.replace(/\{(\w+)\}/g, (all, k: string) => String(vars[k] ?? all))
		),
		rows: rows.map((r) => columns.map((c) => raw(c, r)))
	};
}
