/** Test helpers: the real data/ files, read from disk, with changes applied in memory. */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDataset, type Reader } from './load';
import type { Dataset } from './types';

const dir = resolve(import.meta.dirname, '../../../data');

export function realText(file: string): string {
	return readFileSync(resolve(dir, file), 'utf8');
}

export function reader(overrides: Record<string, string> = {}): Reader {
	return {
		text: (file) => overrides[file] ?? realText(file),
		size: (file) => statSync(resolve(dir, file)).size
	};
}

/** The real data with one JSON file changed by `edit`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests corrupt arbitrary fields
export function withJson(file: string, edit: (doc: any) => void): Reader {
	const doc = JSON.parse(realText(file));
	edit(doc);
	return reader({ [file]: JSON.stringify(doc) });
}

let real: Dataset | undefined;
export function realDataset(): Dataset {
	real ??= loadDataset(reader());
	return real;
}
