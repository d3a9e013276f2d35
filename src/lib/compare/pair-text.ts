/**
 * The words of the compare page's address notes (why the pair asked for is not shown), in each
 * language. Kept apart from the rest of the compare text (text.ts spreads them in) because the
 * page script writes these notes in the browser, and should not carry every chart's words.
 */
import type { Lang } from '../data/types';

export interface PairText {
	/** "A, B and C". */
	list: (items: string[]) => string;
	/** Why the address's pair is not shown. */
	notElections: (values: string[], list: string, fallback: string) => string;
	sameTwice: (id: string, fallback: string) => string;
	/** Quotation marks around what a visitor typed. */
	quote: (s: string) => string;
}

const joined = (and: string) => (items: string[]) =>
	items.length > 1 ? `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}` : (items[0] ?? '');

export const PAIR_TEXT: Record<Lang, PairText> = {
	en: {
		list: joined('and'),
		notElections: (v, l, f) =>
			`${v.join(' and ')} ${v.length > 1 ? 'are not elections' : 'is not an election'} in the data (${l}); showing ${f} instead.`,
		sameTwice: (id, f) =>
			`Both sides asked for ${id}; pick two different elections. Now showing ${f} instead.`,
		quote: (s) => `“${s}”`
	},
	kk: {
		list: joined('және'),
		notElections: (v, l, f) =>
			`${v.join(' және ')} деректерде сайлау ретінде жоқ (${l}); оның орнына ${f} көрсетілді.`,
		sameTwice: (id, f) =>
			`Екі жақта да ${id} сұралды; екі түрлі сайлауды таңдаңыз. Қазір оның орнына ${f} көрсетілді.`,
		quote: (s) => `«${s}»`
	},
	ru: {
		list: joined('и'),
		notElections: (v, l, f) =>
			`В данных нет выборов ${v.join(' и ')} (${l}); вместо этого показаны выборы ${f}.`,
		sameTwice: (id, f) =>
			`С обеих сторон выбран ${id} год; выберите два разных года. Сейчас вместо этого показаны выборы ${f}.`,
		quote: (s) => `«${s}»`
	}
};
