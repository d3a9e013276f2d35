/**
 * Every catalogue uses the glossary's terms (glossary.csv, see GLOSSARY.md). Rules come from the
 * file's last five columns, each a `;`-separated list of regular expressions (case-insensitive):
 * a Kazakh or Russian message must match none of `kk_avoid` / `ru_avoid`; and where the English
 * message names the term (`en_match`, arguments left out), the Kazakh and Russian ones must use
 * the glossary's word (`kk_require` / `ru_require`).
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/data/csv';
import glossary from './glossary.csv?raw';

const FILES = import.meta.glob<string>('/src/**/messages.json', {
	query: '?raw',
	import: 'default',
	eager: true
});
const rows = parseCsv(glossary, 'glossary.csv').map((r) => r.values);
const patterns = (cell: string | undefined) =>
	(cell ?? '')
		.split(';')
		.map((p) => p.trim())
		.filter(Boolean)
		.map((p) => new RegExp(p, 'iu'));
const RULES = rows
	.map((r) => ({
		term: r.term_id!,
		en: patterns(r.en_match),
		require: { kk: patterns(r.kk_require), ru: patterns(r.ru_require) },
		avoid: { kk: patterns(r.kk_avoid), ru: patterns(r.ru_avoid) }
	}))
	.filter((r) => r.avoid.kk.length + r.avoid.ru.length + r.en.length > 0);
/** The words of a message, without its simple arguments ({threshold} is no use of the word). */
const words = (message: string) => message.replace(/\{\w+\}/g, '');

/** Glossary violations in one catalogue, as "lang.key: term …" lines. */
export function violations(catalogue: Record<string, Record<string, string>>): string[] {
	const found: string[] = [];
	for (const rule of RULES)
		for (const lang of ['kk', 'ru'] as const)
			for (const [key, message] of Object.entries(catalogue[lang] ?? {})) {
				for (const bad of rule.avoid[lang])
					if (bad.test(message))
						found.push(`${lang}.${key}: ${rule.term} must not be “${bad.source}”`);
				const english = catalogue.en?.[key] ?? '';
				if (rule.en.some((p) => p.test(words(english))))
					for (const good of rule.require[lang])
						if (!good.test(message)) found.push(`${lang}.${key}: ${rule.term} is “${good.source}”`);
			}
	return found;
}

describe('glossary', () => {
	it('has the terms, with rules for seat, threshold and turnout', () => {
		expect(rows.length).toBeGreaterThanOrEqual(43);
		expect(RULES.map((r) => r.term)).toEqual(
			expect.arrayContaining(['seat', 'threshold', 'turnout'])
		);
	});

	it('catches a wrong term', () => {
		const bad = {
			en: { a: 'Parties over the threshold', b: '{n} seats', c: 'Turnout' },
			kk: { a: 'Табалдырықтан өткен партиялар', b: '{n} орын', c: 'Сайлауға қатысу' },
			ru: { a: 'Партии выше порога', b: '{n} мест', c: 'Явка' }
		};
		expect(violations(bad).map((v) => v.split(':')[0])).toEqual(
			expect.arrayContaining(['kk.a', 'kk.b', 'kk.c', 'ru.a', 'ru.b'])
		);
	});

	for (const [path, source] of Object.entries(FILES))
		it(`${path} uses the glossary's terms`, () => {
			expect(violations(JSON.parse(source))).toEqual([]);
		});
});
