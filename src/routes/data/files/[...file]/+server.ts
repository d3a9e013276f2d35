import { error } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir, getDataset } from '$lib/server/data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

const TYPES: Record<string, string> = {
	JSON: 'application/json; charset=utf-8',
	TopoJSON: 'application/json; charset=utf-8',
	CSV: 'text/csv; charset=utf-8',
	Markdown: 'text/markdown; charset=utf-8'
};

export const entries: EntryGenerator = () => getDataset().catalog.map((c) => ({ file: c.file }));

/** Serves each catalogued file of data/ byte for byte, so downloads are the files the build checked. */
export const GET: RequestHandler = ({ params }) => {
	const entry = getDataset().catalog.find((c) => c.file === params.file);
	if (!entry) error(404, `No dataset ${params.file}`);
	return new Response(readFileSync(resolve(dataDir(), entry.file)), {
		headers: { 'content-type': TYPES[entry.format] ?? 'application/octet-stream' }
	});
};
