/**
 * Every ICU catalogue under src/ (each `messages.json`, wherever it lives): the same keys in every
 * language, no empty message, every message parses and compiles, the same arguments and markup
 * tags in every language, plural categories that exist in the language (with `other`), and no
 * number, date or time formatter (numbers arrive formatted by format.ts; see icu-runtime.ts).
 */
import { describe, expect, it } from 'vitest';
import { parse, type Token } from '@messageformat/parser';
import { compileLanguage } from './vite-plugin';
import { tagNames } from './markup';

const FILES = import.meta.glob<string>('/src/**/messages.json', {
	query: '?raw',
	import: 'default',
	eager: true
});
const LANGS = ['en', 'kk', 'ru'] as const;
/** CLDR cardinal categories: English and Kazakh one/other, Russian one/few/many/other. */
const CATEGORIES: Record<(typeof LANGS)[number], string[]> = {
	en: ['one', 'other'],
	kk: ['one', 'other'],
	ru: ['one', 'few', 'many', 'other']
};
const ORDINALS: Record<(typeof LANGS)[number], string[]> = {
	en: ['one', 'two', 'few', 'other'],
	kk: ['many', 'other'],
	ru: ['other']
};

interface Found {
	args: Set<string>;
	problems: string[];
}

function walk(tokens: Token[], lang: (typeof LANGS)[number], found: Found) {
	for (const token of tokens) {
		if (token.type === 'argument') found.args.add(token.arg);
		if (token.type === 'function') {
			found.args.add(token.arg);
			found.problems.push(`formats {${token.arg}, ${token.key}}: pass it formatted instead`);
		}
		if (token.type === 'plural' || token.type === 'selectordinal' || token.type === 'select') {
			found.args.add(token.arg);
			const keys = token.cases.map((c) => c.key);
			if (!keys.includes('other'))
				found.problems.push(`{${token.arg}, ${token.type}} has no other`);
			if (token.type !== 'select') {
				const allowed = token.type === 'plural' ? CATEGORIES[lang] : ORDINALS[lang];
				for (const key of keys)
					if (!key.startsWith('=') && !allowed.includes(key))
						found.problems.push(`{${token.arg}, ${token.type}}: "${key}" is no ${lang} category`);
			}
			for (const c of token.cases) walk(c.tokens, lang, found);
		}
	}
}

describe('ICU catalogues', () => {
	const files = Object.entries(FILES);

	it('finds the catalogues', () => {
		expect(files.map(([path]) => path)).toContain('/src/lib/i18n/site/messages.json');
		expect(files.length).toBeGreaterThanOrEqual(5);
	});

	for (const [path, source] of files) {
		describe(path, () => {
			const catalogue = JSON.parse(source) as Record<string, Record<string, string>>;
			const en = catalogue.en ?? {};

			it('has exactly en, kk and ru, with the keys of en in each', () => {
				expect(Object.keys(catalogue).sort()).toEqual([...LANGS]);
				expect(Object.keys(en).length).toBeGreaterThan(0);
				for (const lang of LANGS)
					expect(Object.keys(catalogue[lang]!).sort(), lang).toEqual(Object.keys(en).sort());
			});

			it('has no empty message, and each parses with valid plurals and no formatters', () => {
				for (const lang of LANGS)
					for (const [key, message] of Object.entries(catalogue[lang]!)) {
						expect(message.trim(), `${lang}.${key}`).not.toBe('');
						const found: Found = { args: new Set(), problems: [] };
						walk(parse(message), lang, found);
						expect(found.problems, `${lang}.${key}`).toEqual([]);
					}
			});

			it('uses the same arguments and markup tags in every language', () => {
				const shape = (message: string, lang: (typeof LANGS)[number]) => {
					const found: Found = { args: new Set(), problems: [] };
					walk(parse(message), lang, found);
					return { args: [...found.args].sort(), tags: tagNames(message).sort() };
				};
				for (const key of Object.keys(en))
					for (const lang of ['kk', 'ru'] as const)
						expect(shape(catalogue[lang]![key]!, lang), `${lang}.${key}`).toEqual(
							shape(en[key]!, 'en')
						);
			});

			it('compiles for every language', () => {
				for (const lang of LANGS)
					expect(compileLanguage(path, lang, source)).toMatch(/^[\s\S]*export default/);
			});
		});
	}
});
