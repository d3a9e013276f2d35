import { error } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { getDataset } from '$lib/server/data';
import { mapPage, panelsFile } from '$lib/pages/map';
import { LANGS } from '$lib/i18n/lang';
import RegionPanels from '../../_components/RegionPanels.svelte';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** One file per language: /map/panels/en.html, …/kk.html, …/ru.html. */
export const entries: EntryGenerator = () =>
	LANGS.map((lang) => ({ file: panelsFile(lang).split('/').pop()! }));

/**
 * Every map unit's panel, each in a <template data-panel-for="<unit id>">, for the map pages'
 * script to show (src/lib/enhance/map.ts). The pages' own CSS styles them: they carry the
 * country's panel, drawn by the same component.
 */
export const GET: RequestHandler = ({ params }) => {
	const lang = LANGS.find((l) => panelsFile(l).endsWith(`/${params.file}`));
	if (!lang) error(404, `No map panels file ${params.file}`);
	const { body } = render(RegionPanels, { props: { data: mapPage(getDataset(), lang), lang } });
	// Without the renderer's hydration markers: nothing hydrates these panels.
	const panels = body.replace(/<!--[\s\S]*?-->/g, '');
	return new Response(
		`<!doctype html><html lang="${lang}"><meta charset="utf-8">${panels}</html>`,
		{
			headers: { 'content-type': 'text/html; charset=utf-8' }
		}
	);
};
