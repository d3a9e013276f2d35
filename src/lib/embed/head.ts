/**
 * What a page says about itself in <head>, for search engines, messengers and social sites: its
 * title and description, and the chart it stands for. Each page's server load returns it as
 * `head` (pageHead, head.server.ts) and the root layout writes it once for every page: <title>,
 * the description, the Open Graph and Twitter tags and the oEmbed link.
 */
import type { Lang } from '$lib/data/types';
import { LANGS } from '$lib/i18n/lang';
import { CARD_HEIGHT, CARD_WIDTH, cardPath } from './card';

export const SITE_NAME = 'Sailau';

export interface PageHead {
	/** The page's title, without the site's name (the layout adds it to <title>). */
	title: string;
	description: string;
	/**
	 * The id of the page's main chart file: the page's card (og:image) is its card, and the page
	 * links its oEmbed file. Null on a page that shows no chart: the site card, no oEmbed link.
	 */
	chart: string | null;
	/**
	 * What the card shows, in words: the chart's title, or the site's name and tagline
	 * (og:image:alt, and the title of the oEmbed link).
	 */
	cardTitle: string;
}

/** Open Graph's locale names (language_TERRITORY). */
export const OG_LOCALE: Record<Lang, string> = { en: 'en_US', kk: 'kk_KZ', ru: 'ru_RU' };

/** A <meta> tag: Open Graph names its key `property`, Twitter `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/**
 * The Open Graph and Twitter tags of the page at `path` (with its language prefix), absolute
 * with `origin`: a link shared in a messenger shows the card, the title and the description.
 */
export function shareTags(origin: string, path: string, lang: Lang, head: PageHead): MetaTag[] {
	const og = (key: string, content: string) => ({ property: `og:${key}`, content });
	return [
		og('type', 'website'),
		og('site_name', SITE_NAME),
		og('title', head.title),
		og('description', head.description),
		og('url', `${origin}${path}`),
		og('locale', OG_LOCALE[lang]),
		...LANGS.filter((l) => l !== lang).map((l) => og('locale:alternate', OG_LOCALE[l])),
		og('image', `${origin}${cardPath(head.chart, lang)}`),
		og('image:width', String(CARD_WIDTH)),
		og('image:height', String(CARD_HEIGHT)),
		og('image:alt', head.cardTitle),
		{ name: 'twitter:card', content: 'summary_large_image' }
	];
}
