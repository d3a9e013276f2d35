/**
 * What compiled messages call to print a number (`#` in a plural): format.ts, with its Kazakh
 * fallback, instead of the ICU runtime's own `Intl.NumberFormat(lang)`, whose Kazakh output
 * differs between Node and a browser without Kazakh locale data. Plural selection itself
 * (Intl.PluralRules through make-plural) is the same everywhere.
 */
import type { Lang } from '../data/types';
import { formatInt } from '../format/index';

export function number(lang: string, value: number, offset: number): string {
	if (typeof value !== 'number') throw new Error(`\`${String(value)}\` is not a number`);
	return formatInt(value - offset, lang as Lang);
}
