/** Number formatting for the page language. A missing value is shown as missing, never as 0. */
import type { Lang } from '$lib/data/types';

export const MISSING = '–';
const LOCALES: Record<Lang, string> = { en: 'en-GB', kk: 'kk-KZ', ru: 'ru-RU' };

export function formatInt(n: number | null | undefined, lang: Lang = 'en'): string {
	return n == null ? MISSING : new Intl.NumberFormat(LOCALES[lang]).format(n);
}

export function formatPct(n: number | null | undefined, digits = 2, lang: Lang = 'en'): string {
	if (n == null) return MISSING;
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

export function formatDate(iso: string, lang: Lang = 'en'): string {
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
