/**
 * Which two elections the compare page shows. The pair lives in the address, either as a query
 * (`/compare/?a=2016&b=2023`, read in the browser) or as a prerendered path (`/compare/2016-2023/`,
 * which also works without JavaScript). Anything the page cannot show falls back to the default
 * pair with a note that says why; it is never an error.
 */
import type { Lang } from '../data/types';
import WORDS from './messages.json?icu';

export interface Pair {
	a: string;
	b: string;
}

export const DEFAULT_PAIR: Pair = { a: '2021', b: '2023' };

export interface PairChoice extends Pair {
	/** Why the requested pair was not shown, or null when it was (or none was asked for). */
	note: string | null;
}

/** "A and B" (or "A") in the language: the page script has only these words, not format.ts's. */
function both(items: string[], lang: Lang): string {
	const [a, b] = items;
	return b === undefined ? (a ?? '') : WORDS[lang]!.pair_and!({ a, b });
}

/** What a visitor typed, shortened so that a huge parameter cannot flood the page. */
export function quote(value: string, max = 24, lang: Lang = 'en'): string {
	const clean = value.replace(/\s+/g, ' ').trim();
	return WORDS[lang]!.pair_quote!({
		value: clean.length > max ? `${clean.slice(0, max)}…` : clean
	});
}

/**
 * @param query the address query, or null before the browser has it (prerendering, hydration)
 * @param ids election ids in the data, oldest first
 * @param lang the language of the note
 */
export function choosePair(
	query: URLSearchParams | null,
	ids: readonly string[],
	fallback: Pair = DEFAULT_PAIR,
	lang: Lang = 'en'
): PairChoice {
	const say = WORDS[lang]!;
	const rawA = query?.get('a') ?? null;
	const rawB = query?.get('b') ?? null;
	if (rawA === null && rawB === null) return { ...fallback, note: null };
	const unknown = [rawA, rawB].filter((v): v is string => v !== null && !ids.includes(v.trim()));
	const list = ids.join(', ');
	const showing = both([fallback.a, fallback.b], lang);
	if (unknown.length) {
		const what = unknown.map((v) => quote(v, 24, lang));
		return {
			...fallback,
			note: say.pair_not_elections!({
				count: what.length,
				values: both(what, lang),
				ids: list,
				fallback: showing
			})
		};
	}
	const a = rawA?.trim() ?? fallback.a;
	const b = rawB?.trim() ?? fallback.b;
	if (a === b) {
		return { ...fallback, note: say.pair_same_twice!({ id: a, fallback: showing }) };
	}
	return { a, b, note: null };
}

/** `2016-2023`: the path segment of a prerendered pair page. */
export function pairSlug({ a, b }: Pair): string {
	return `${a}-${b}`;
}

/** The pair in a path segment, or null if the segment names no pair of two different elections. */
export function parseSlug(slug: string, ids: readonly string[]): Pair | null {
	const m = /^(\d{4})-(\d{4})$/.exec(slug);
	if (!m || m[1] === m[2] || !ids.includes(m[1]!) || !ids.includes(m[2]!)) return null;
	return { a: m[1]!, b: m[2]! };
}

/** Every ordered pair of two different elections, oldest first on both sides. */
export function allPairs(ids: readonly string[]): Pair[] {
	return ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => ({ a, b })));
}

export function samePair(x: Pair, y: Pair): boolean {
	return x.a === y.a && x.b === y.b;
}
