/** Number formatting for the page language. A missing value is shown as missing, never as 0. */
import type { Lang } from '../data/types';
import WORDS from './messages.json?icu';

export const MISSING = '–';
/**
 * Number locales. Kazakh writes numbers as Russian does (comma decimals, spaced thousands), and
 * browsers do not all ship Kazakh locale data (Debian's Chromium falls back to English, which
 * made hydration rewrite the prerendered "54,21%" as "54.21%"), so kk formats through ru-RU.
 */
const LOCALES: Record<Lang, string> = { en: 'en-GB', kk: 'ru-RU', ru: 'ru-RU' };

/**
 * One formatter per language and options, made on first use: making an Intl.NumberFormat costs
 * about a hundred times what formatting with it does, and a page formats hundreds of numbers (the
 * simulator's hydration spent 25 ms making them, the build about as much per page).
 */
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
	const key = `${lang} ${JSON.stringify(options)}`;
	let format = formatters.get(key);
	if (!format) formatters.set(key, (format = new Intl.NumberFormat(LOCALES[lang], options)));
	return format;
}

export function formatInt(n: number | null | undefined, lang: Lang = 'en'): string {
	return n == null ? MISSING : numberFormat(lang).format(n);
}

export function formatPct(n: number | null | undefined, digits = 2, lang: Lang = 'en'): string {
	if (n == null) return MISSING;
	// Kazakh sets no space before the per cent sign (CLDR kk: "54,21%").
	if (lang === 'kk') return `${formatFixed(n, digits, 'kk')}%`;
	return numberFormat(lang, {
		style: 'percent',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(n / 100);
}

export function formatSigned(n: number, lang: Lang = 'en'): string {
	return numberFormat(lang, { signDisplay: 'exceptZero' }).format(n).replace('-', '−');
}

/** A number with exactly `digits` decimals in the language's notation. */
export function formatFixed(n: number, digits: number, lang: Lang): string {
	return numberFormat(lang, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(n);
}

/**
 * "19 March 2023": CLDR's long date in the language, its patterns and month names written out in
 * messages.json so that Node and every browser print the same (not all browsers have Kazakh).
 */
export function formatDate(iso: string, lang: Lang = 'en'): string {
	const [year, month, day] = iso.split('-').map(Number);
	return WORDS[lang]!.date_long!({ year: String(year), month: String(month), day: String(day) });
}

export function formatBytes(bytes: number): string {
	return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} KB`;
}

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 22nd. */
export function ordinal(n: number): string {
	const tens = n % 100;
	const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix}`;
}

/** Convocations are numbered in Roman figures in Kazakh and Russian usage (VIII). */
export function roman(n: number): string {
	const table: [number, string][] = [
		[10, 'X'],
		[9, 'IX'],
		[5, 'V'],
		[4, 'IV'],
		[1, 'I']
	];
	let out = '';
	for (const [v, s] of table)
		while (n >= v) {
			out += s;
			n -= v;
		}
	return out;
}

/** A convocation's number as each language writes it: "8th" in English, "VIII" in Kazakh and Russian. */
export function formatConvocation(n: number, lang: Lang): string {
	return lang === 'en' ? ordinal(n) : roman(n);
}

/**
 * "a, b and c" in the language, as CLDR (Intl.ListFormat) writes it, with the last link from
 * messages.json: Debian's Chromium has no Kazakh list data and would write English "and".
 */
export function formatList(items: readonly string[], lang: Lang): string {
	if (items.length < 2) return items[0] ?? '';
	return WORDS[lang]!.list_and!({ init: items.slice(0, -1).join(', '), last: items.at(-1) });
}
