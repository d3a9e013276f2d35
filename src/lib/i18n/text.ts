/**
 * The site's interface text: the ICU catalogues `src/lib/i18n/<area>/messages.json`, compiled at
 * build time by vite-plugin.ts. `t(lang, key, args)` and `translator(lang)` are type-checked
 * against the keys of the English sections.
 *
 * The server has every language from the start. In the browser (only on a page that hydrates),
 * the root layout's load calls `loadText(lang)` first, which fetches that one language.
 */
import type { Lang } from '../data/types';
import type site from './site/messages.json';
import type overview from './overview/messages.json';
import type compare from './compare/messages.json';
import type map from './map/messages.json';
import type simulate from './simulate/messages.json';
import type charts from './charts/messages.json';
import type votes from './votes/messages.json';
import siteAll from './site/messages.json?icu&server';
import overviewAll from './overview/messages.json?icu&server';
import compareAll from './compare/messages.json?icu&server';
import mapAll from './map/messages.json?icu&server';
import simulateAll from './simulate/messages.json?icu&server';
import chartsAll from './charts/messages.json?icu&server';
import votesAll from './votes/messages.json?icu&server';

export type MessageKey =
	| keyof typeof site.en
	| keyof typeof overview.en
	| keyof typeof compare.en
	| keyof typeof map.en
	| keyof typeof simulate.en
	| keyof typeof charts.en
	| keyof typeof votes.en;
export type MessageArgs = Record<string, string | number | null | undefined>;
type Messages = Record<MessageKey, (args?: MessageArgs) => string>;

const SERVER = [siteAll, overviewAll, compareAll, mapAll, simulateAll, chartsAll, votesAll];
const loaded: Partial<Record<Lang, Messages>> = {};
for (const lang of ['en', 'kk', 'ru'] as const)
	if (SERVER.every((area) => area[lang])) loaded[lang] = merge(SERVER.map((area) => area[lang]!));

function merge(areas: Record<string, unknown>[]): Messages {
	return Object.assign({}, ...areas) as Messages;
}

/** Each language's areas, loaded on demand (one chunk per catalogue and language). */
const LOADERS: Record<Lang, Record<string, () => Promise<unknown>>> = {
	en: import.meta.glob('./*/messages.json', { query: '?icu&lang=en', import: 'default' }),
	kk: import.meta.glob('./*/messages.json', { query: '?icu&lang=kk', import: 'default' }),
	ru: import.meta.glob('./*/messages.json', { query: '?icu&lang=ru', import: 'default' })
};

/** Makes `lang` available to `t` (a no-op on the server, where every language is). */
export async function loadText(lang: Lang): Promise<void> {
	if (loaded[lang]) return;
	const areas = await Promise.all(Object.values(LOADERS[lang]).map((load) => load()));
	loaded[lang] = merge(areas as Record<string, unknown>[]);
}

/** The message `key` in `lang`, with its arguments filled in. */
export function t(lang: Lang, key: MessageKey, args?: MessageArgs): string {
	const messages = loaded[lang];
	if (!messages) throw new Error(`The ${lang} messages are not loaded: await loadText('${lang}')`);
	const message = messages[key];
	if (!message) throw new Error(`No message "${key}"`);
	return message(args);
}

/** A translator bound to one language. */
export function translator(lang: Lang) {
	return (key: MessageKey, args?: MessageArgs) => t(lang, key, args);
}

/**
 * A chart folder's own catalogue (`./messages.json?icu&server`), as a translator typed by the keys
 * of its English section: `const words = catalogue<keyof typeof raw.en>(compiled)`. Charts are
 * drawn on the server, so their words never travel to the browser.
 */
export function catalogue<K extends string>(
	compiled: Record<string, Record<string, (args?: MessageArgs) => string>>
) {
	return (lang: Lang) =>
		(key: K, args?: MessageArgs): string => {
			const message = compiled[lang]?.[key];
			if (!message) throw new Error(`No message "${key}" in ${lang}`);
			return message(args);
		};
}
