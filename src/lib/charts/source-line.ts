import type { CatalogEntry, Dataset, Source } from '$lib/data/types';
import { dataPath, FILES, type DataFile } from '$lib/data/files';

/** "Publisher (date); Publisher (date)": the one-line source credit under a chart and in its export. */
export function sourceLine(sources: Source[]): string {
	const seen = new Set<string>();
	return sources
		.map((s) => `${s.publisher}${s.date ? ` (${s.date})` : ''}`)
		.filter((s) => !seen.has(s) && seen.add(s))
		.join('; ');
}

export function catalogEntry(data: Dataset, file: DataFile): CatalogEntry {
	const entry = data.catalog.find((c) => c.file === file);
	if (!entry) throw new Error(`${dataPath(FILES.catalog)} has no entry for ${file}`);
	return entry;
}
