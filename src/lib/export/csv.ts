/**
 * CSV for 'Download data': RFC 4180 (CRLF, fields quoted when needed), with a UTF-8 byte-order
 * mark so that spreadsheet programs read Kazakh and Russian letters correctly. A missing value
 * is an empty field, never 0.
 */
export interface ChartTable {
	columns: string[];
	rows: (string | number | null)[][];
}

export const BOM = '\uFEFF';

function field(value: string | number | null): string {
	if (value === null) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(table: ChartTable): string {
	for (const [i, row] of table.rows.entries()) {
		if (row.length !== table.columns.length)
			throw new Error(
				`CSV row ${i + 1} has ${row.length} fields for ${table.columns.length} columns`
			);
	}
	return (
		BOM +
		[table.columns, ...table.rows].map((row) => row.map(field).join(',')).join('\r\n') +
		'\r\n'
	);
}
