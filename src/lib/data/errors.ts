import * as v from 'valibot';

/** A data problem, named by file, record and field so that whoever edits data/ can find it. */
export class DataError extends Error {
	constructor(
		readonly file: string,
		readonly record: string,
		readonly field: string,
		readonly problem: string
	) {
		super(`Bad data in ${file}, record ${record}, field ${field}: ${problem}`);
		this.name = 'DataError';
	}
}

function pathOf(issue: v.BaseIssue<unknown>): string {
	let out = '';
	for (const item of issue.path ?? []) {
		const key = item.key;
		out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
	}
	return out || '(whole record)';
}

function shown(value: unknown): string {
	const text = JSON.stringify(value);
	return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Parses one record with a valibot schema, turning the first issue into a DataError. */
export function parseRecord<S extends v.GenericSchema>(
	schema: S,
	input: unknown,
	file: string,
	record: string
): v.InferOutput<S> {
	const result = v.safeParse(schema, input);
	if (result.success) return result.output;
	const issue = result.issues[0];
	throw new DataError(
		file,
		record,
		pathOf(issue),
		`${issue.message} (found ${shown(issue.input)})`
	);
}
