/**
 * The dataset as the build sees it: read once from data/ (or SAILAU_DATA_DIR) and checked.
 * Server-only, so neither the raw files nor the checks reach the browser.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDataset, type Reader } from '../data/load.ts';
import type { Dataset } from '../data/types.ts';

export function dataDir(): string {
	return resolve(process.env.SAILAU_DATA_DIR ?? 'data');
}

export function fsReader(dir = dataDir()): Reader {
	return {
		text: (file) => readFileSync(resolve(dir, file), 'utf8'),
		size: (file) => statSync(resolve(dir, file)).size
	};
}

let cached: Dataset | undefined;

export function getDataset(): Dataset {
	cached ??= loadDataset(fsReader());
	return cached;
}
