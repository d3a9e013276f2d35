import { error } from '@sveltejs/kit';
import { geometryFile } from '$lib/charts/map/units';
import { getDataset } from '$lib/server/data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The one file of map shapes that every regional map on a page draws with <use>. */
export const entries: EntryGenerator = () => [{ file: geometryFile(getDataset()).name }];

export const GET: RequestHandler = ({ params }) => {
	const file = geometryFile(getDataset());
	if (params.file !== file.name) error(404, `No map file ${params.file}`);
	return new Response(file.svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
