/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes, commas and newlines inside quotes.
 * Returns one object per data row keyed by the header, plus the 1-based line number of each row
 * so that validation errors can point at the record.
 */
export interface CsvRow {
	line: number;
	values: Record<string, string>;
}

export class CsvError extends Error {
	constructor(
		readonly file: string,
		readonly line: number,
		detail: string
	) {
		super(`${file}: line ${line}: ${detail}`);
		this.name = 'CsvError';
	}
}

function splitRecords(text: string, file: string): { line: number; fields: string[] }[] {
	const records: { line: number; fields: string[] }[] = [];
	let fields: string[] = [];
	let field = '';
	let quoted = false;
	let line = 1;
	let recordLine = 1;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else quoted = false;
			} else {
				if (c === '\n') line++;
				field += c;
			}
		} else if (c === '"') {
			if (field !== '') throw new CsvError(file, line, 'a quote inside an unquoted field');
			quoted = true;
		} else if (c === ',') {
			fields.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			fields.push(field);
			records.push({ line: recordLine, fields });
			fields = [];
			field = '';
			line++;
			recordLine = line;
		} else field += c;
	}
	if (quoted) throw new CsvError(file, recordLine, 'a quoted field is never closed');
	if (field !== '' || fields.length > 0) {
		fields.push(field);
		records.push({ line: recordLine, fields });
	}
	return records.filter((r) => !(r.fields.length === 1 && r.fields[0] === ''));
}

export function parseCsv(text: string, file: string): CsvRow[] {
	const [header, ...rows] = splitRecords(text.replace(/^\uFEFF/, ''), file);
	if (!header) throw new CsvError(file, 1, 'the file is empty');
	const names = header.fields;
	const seen = new Set<string>();
	for (const name of names) {
		if (name === '' || seen.has(name))
			throw new CsvError(file, 1, `bad or repeated column "${name}"`);
		seen.add(name);
	}
	return rows.map((row) => {
		if (row.fields.length !== names.length) {
			throw new CsvError(
				file,
				row.line,
				`${row.fields.length} fields where the header has ${names.length}`
			);
		}
		const values: Record<string, string> = {};
		names.forEach((name, i) => (values[name] = row.fields[i] ?? ''));
		return { line: row.line, values };
	});
}
