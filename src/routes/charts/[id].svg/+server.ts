import { error } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { CHARTS } from '$lib/charts/registry.server';
import { getDataset } from '$lib/server/data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => CHARTS.map((c) => ({ id: c.id }));

/** The chart in its default state as a standalone SVG file. */
export const GET: RequestHandler = ({ params }) => {
	const chart = CHARTS.find((c) => c.id === params.id);
	if (!chart) error(404, `No chart ${params.id}`);
	const { body } = render(chart.component, {
		props: { ...chart.props(getDataset()), standalone: true }
	});
	return new Response(
		`<?xml version="1.0" encoding="UTF-8"?>\n${body.replace(/<!--[^]*?-->/g, '')}\n`,
		{
			headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
		}
	);
};
