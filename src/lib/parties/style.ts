/**
 * How parties look on Sailau: a colour and a short name in three languages per party id,
 * and the order in which they sit in a chart. No party publishes a hex colour (see
 * data/SOURCES.md), so these are the dashboard's own, taken from Paul Tol's colour-blind-safe
 * schemes; every seat is also outlined and labelled, so no information is in colour alone.
 */
import type { Lang } from '$lib/data/types';

export interface PartyStyle {
	colour: string;
	short: Record<Lang, string | null>;
}

export const PARTY_STYLE: Record<string, PartyStyle> = {
	ppk: {
		colour: '#CC3311',
		short: { en: "People's Party", kk: 'Халық партиясы', ru: 'Народная партия' }
	},
	osdp: { colour: '#EE7733', short: { en: 'NSDP', kk: 'ЖСДП', ru: 'ОСДП' } },
	baytaq: { colour: '#228833', short: { en: 'Baytaq', kk: 'Байтақ', ru: 'Байтак' } },
	auyl: { colour: '#009988', short: { en: 'Auyl', kk: 'Ауыл', ru: 'Ауыл' } },
	amanat: { colour: '#0077BB', short: { en: 'Amanat', kk: 'Amanat', ru: 'Аманат' } },
	asar: { colour: '#AA3377', short: { en: 'Asar', kk: 'Асар', ru: 'Асар' } },
	aist: { colour: '#DDAA33', short: { en: 'AIST bloc', kk: 'АИСТ блогы', ru: 'Блок АИСТ' } },
	respublica: {
		colour: '#EE3377',
		short: { en: 'Respublica', kk: 'Respublica', ru: 'Respublica' }
	},
	ak_zhol: { colour: '#33BBEE', short: { en: 'Ak Zhol', kk: 'Ақ жол', ru: 'Ак жол' } },
	adal: { colour: '#AA4499', short: { en: 'Adal', kk: 'Адал', ru: 'Адал' } },
	adilet: { colour: '#777777', short: { en: 'Adilet', kk: 'Әділет', ru: 'Адилет' } },
	patriots: {
		colour: '#882255',
		short: { en: "Patriots' Party", kk: 'Патриоттар партиясы', ru: 'Партия патриотов' }
	},
	rukhaniyat: { colour: '#44AA99', short: { en: 'Rukhaniyat', kk: 'Руханият', ru: 'Руханият' } },
	opp_communists_dck: {
		colour: '#661100',
		short: {
			en: 'Communists–DCK bloc',
			kk: 'Коммунистер мен ҚДТ блогы',
			ru: 'Блок коммунистов и ДВК'
		}
	},
	independents: {
		colour: '#9E9E9E',
		short: { en: 'Self-nominated', kk: 'Өзін-өзі ұсынғандар', ru: 'Самовыдвиженцы' }
	},
	apk: {
		colour: '#DDCC77',
		short: {
			en: 'Assembly of the People',
			kk: 'Қазақстан халқы Ассамблеясы',
			ru: 'Ассамблея народа Казахстана'
		}
	}
};

/**
 * Seating order, left to right: roughly from left to right as the parties place themselves
 * (communist lineage, social democrats, greens, agrarians, the ruling big-tent party,
 * centre-right), then seats that belong to no party list: the self-nominated and the
 * Assembly of the People.
 */
export const SEATING_ORDER: readonly string[] = Object.keys(PARTY_STYLE);

export function partyColour(id: string): string {
	const style = PARTY_STYLE[id];
	if (!style) throw new Error(`No style for party id "${id}": add it to src/lib/parties/style.ts`);
	return style.colour;
}

export function shortName(id: string, lang: Lang = 'en'): string {
	const style = PARTY_STYLE[id];
	if (!style) throw new Error(`No style for party id "${id}": add it to src/lib/parties/style.ts`);
	return style.short[lang] ?? style.short.en ?? id;
}

export function seatingRank(id: string): number {
	const i = SEATING_ORDER.indexOf(id);
	return i === -1 ? SEATING_ORDER.length : i;
}
