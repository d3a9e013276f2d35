/**
 * How parties look on Sailau: a colour and a short name in three languages per party id, and
 * the order in which they sit in a chart. All of it is data/parties.json's (colours, names,
 * and the order of its list), checked by src/lib/data/load.ts and handed to this module by the
 * build as a small table (virtual:sailau/party-style, made in vite.config.ts), so chart builders
 * and the simulator in the browser need no Dataset. Every seat is also outlined and labelled, so
 * no information is in colour alone.
 */
import type { Lang } from '$lib/data/types';
import STYLES from 'virtual:sailau/party-style';

const BY_ID = new Map(STYLES.map((s) => [s.id, s]));

/** Party ids in seating order, left to right, as data/parties.json lists them. */
export const SEATING_ORDER: readonly string[] = STYLES.map((s) => s.id);

function styleOf(id: string) {
	const style = BY_ID.get(id);
	if (!style) throw new Error(`No party "${id}" in the dataset`);
	return style;
}

export function partyColour(id: string): string {
	return styleOf(id).colour;
}

export function shortName(id: string, lang: Lang = 'en'): string {
	return styleOf(id).short[lang];
}

export function seatingRank(id: string): number {
	const i = SEATING_ORDER.indexOf(id);
	return i === -1 ? SEATING_ORDER.length : i;
}
