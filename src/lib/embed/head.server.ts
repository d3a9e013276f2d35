/** A page's head (head.ts), with its main chart looked up in the registry. */
import type { Lang } from '$lib/data/types';
import type { ChartMeta } from '$lib/charts/ChartSvg.svelte';
import { chartById } from '$lib/charts/registry.server';
import { t } from '$lib/i18n/text';
import { getDataset } from '$lib/server/data';
import type { PageHead } from './head';

/**
 * The head of a page in `lang`: its title (without the site's name) and description, and the
 * file id of the chart that stands for it (a FigureModel's `fileId`), or null where the page
 * shows no chart. A file id that is not registered stops the build: its card and oEmbed file
 * would not exist.
 */
export function pageHead(
	lang: Lang,
	title: string,
	description: string,
	main: string | null
): PageHead {
	if (main === null)
		return { title, description, chart: null, cardTitle: t(lang, 'card_site_alt') };
	const chart = chartById(main);
	if (!chart) throw new Error(`pageHead: no chart file "${main}" in the registry`);
	const meta = chart.props(getDataset(), lang).meta as ChartMeta;
	return { title, description, chart: main, cardTitle: meta.title };
}
