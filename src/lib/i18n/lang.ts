/**
 * The site's three languages and their URLs: English at /…, Kazakh at /kk/…, Russian at /ru/….
 * Pure functions, shared by the reroute hook, the server hooks, the layout and the tests.
 */
import type { Lang } from '../data/types';

export const LANGS: readonly Lang[] = ['en', 'kk', 'ru'];
export const BASE_LANG: Lang = 'en';

const PREFIX = /^\/(kk|ru)(?=\/|$)/;

/** The language of a pathname: its /kk or /ru prefix, else English. */
export function langOf(pathname: string): Lang {
	return (PREFIX.exec(pathname)?.[1] as Lang | undefined) ?? BASE_LANG;
}

/** The pathname without its language prefix: /kk/map/ → /map/, /ru → /. */
export function delocalize(pathname: string): string {
	const rest = pathname.replace(PREFIX, '');
	return rest.startsWith('/') ? rest : `/${rest}`;
}

/** An internal path (with optional query and hash) in `lang`: localize('/map/?layer=x', 'kk') → /kk/map/?layer=x. */
export function localize(path: string, lang: Lang): string {
	const match = /^([^?#]*)(.*)$/.exec(path)!;
	const base = delocalize(match[1] || '/');
	return (lang === BASE_LANG ? base : `/${lang}${base}`) + match[2];
}

/**
 * The name of a file that exists once per language, without its extension: <id> in English,
 * <id>.kk and <id>.ru (the chart files, their cards and their oEmbed answers).
 */
export function langFileName(id: string, lang: Lang): string {
	return lang === BASE_LANG ? id : `${id}.${lang}`;
}

/** Reads such a name back: 'x' → x in English, 'x.kk' → x in Kazakh. */
export function parseLangFileName(name: string): { id: string; lang: Lang } {
	const dot = name.lastIndexOf('.');
	const lang = name.slice(dot + 1) as Lang;
	return dot > 0 && LANGS.includes(lang) && lang !== BASE_LANG
		? { id: name.slice(0, dot), lang }
		: { id: name, lang: BASE_LANG };
}

/** A chart's prerendered file in `lang`: /charts/<id>.svg in English, /charts/<id>.kk.svg in Kazakh. */
export function chartFile(id: string, format: 'svg' | 'png' | 'csv', lang: Lang): string {
	return `/charts/${langFileName(id, lang)}.${format}`;
}

/** Reads a chart file's format parameter: 'svg' → English SVG, 'kk.svg' → Kazakh SVG. */
export function parseChartFormat(param: string): { lang: Lang; format: string } | null {
	const [a, b, ...rest] = param.split('.');
	if (rest.length || !a) return null;
	if (b === undefined) return { lang: BASE_LANG, format: a };
	return LANGS.includes(a as Lang) && a !== BASE_LANG ? { lang: a as Lang, format: b } : null;
}
