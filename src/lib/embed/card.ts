/**
 * Where a page's social card (og:image) is, and its size: the card of the page's main chart, or
 * the site card on a page that shows no chart. Prerendered by src/routes/cards/[file].png/ and
 * drawn by src/lib/export/card.server.ts.
 */
import type { Lang } from '$lib/data/types';
import { langFileName } from '$lib/i18n/lang';

/** The size social sites ask for (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The card of a page with no chart; no chart file may take this id. */
export const SITE_CARD = 'site';

/** /cards/<id>.png in English, /cards/<id>.kk.png, /cards/<id>.ru.png; null: the site card. */
export function cardPath(id: string | null, lang: Lang): string {
	return `/cards/${langFileName(id ?? SITE_CARD, lang)}.png`;
}
