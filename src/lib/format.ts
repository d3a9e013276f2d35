/** Number formatting for the page language. A missing value is shown as missing, never as 0. */
import type { Lang } from '$lib/data/types';

export const MISSING = '–';
/**
 * Number locales. Kazakh writes numbers as Russian does (comma decimals, spaced thousands), and
 * browsers do not all ship Kazakh locale data (Debian's Chromium falls back to English, which
 * made hydration rewrite the prerendered "54,21%" as "54.21%"), so kk formats through ru-RU.
 */
const LOCALES: Record<Lang, string> = { en: 'en-GB', kk: 'ru-RU', ru: 'ru-RU' };
const KK_MONTHS = [
	'қаңтар',
	'ақпан',
	'наурыз',
	'сәуір',
	'мамыр',
	'маусым',
	'шілде',
	'тамыз',
	'қыркүйек',
	'қазан',
	'қараша',
	'желтоқсан'
];

export function formatInt(n: number | null | undefined, lang: Lang = 'en'): string {
	return n == null ? MISSING : new Intl.NumberFormat(LOCALES[lang]).format(n);
}

export function formatPct(n: number | null | undefined, digits = 2, lang: Lang = 'en'): string {
	if (n == null) return MISSING;
	// Kazakh sets no space before the per cent sign (CLDR kk: "54,21%").
	if (lang === 'kk') return `${formatFixed(n, digits, 'kk')}%`;
	return new Intl.NumberFormat(LOCALES[lang], {
		style: 'percent',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(n / 100);
}

export function formatSigned(n: number, lang: Lang = 'en'): string {
	return new Intl.NumberFormat(LOCALES[lang], { signDisplay: 'exceptZero' })
		.format(n)
		.replace('-', '−');
}

/** A number with exactly `digits` decimals in the language's notation. */
export function formatFixed(n: number, digits: number, lang: Lang): string {
	return new Intl.NumberFormat(LOCALES[lang], {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(n);
}

export function formatDate(iso: string, lang: Lang = 'en'): string {
	// Kazakh in CLDR's long form, "2023 ж. 19 наурыз", written out: not every browser has it.
	if (lang === 'kk') {
		const [y, m, d] = iso.split('-').map(Number);
		return `${y} ж. ${d} ${KK_MONTHS[m! - 1]}`;
	}
	return new Intl.DateTimeFormat(LOCALES[lang], {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${iso}T00:00:00Z`));
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
 * "a, b and c" in the language (Intl.ListFormat). Kazakh is joined by hand, as CLDR's kk does
 * ("a, b және c"): Debian's Chromium has no Kazakh list data and would write English "and".
 */
export function formatList(items: readonly string[], lang: Lang): string {
	if (lang === 'kk')
		return items.length > 1
			? `${items.slice(0, -1).join(', ')} және ${items.at(-1)}`
			: (items[0] ?? '');
	return new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(items);
}
