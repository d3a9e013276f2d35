/**
 * The words the regional map writes into its SVG (labels, tooltips, legends, notes, titles) and
 * into its CSV. The sentences are ICU messages in the map's catalogue
 * (src/lib/i18n/map/messages.json, keys `map_…`); this module only arranges them, so it holds no
 * Kazakh or Russian text. Numbers and names arrive formatted and translated by the caller.
 */
import type { Lang } from '$lib/data/types';
import { formatPct } from '$lib/format';
import { translator, type MessageKey } from '$lib/i18n/text';

export interface MapText {
	/**
	 * A unit's name as map label lines: without the word for "Region", except where a city has
	 * the same short name (Almaty Region), and a two-word name (North Kazakhstan, and
	 * its Russian name) on two lines.
	 */
	nameLines: (name: string, kind: 'region' | 'city', cities: string[]) => string[];
	/** A unit's short name without its kind ("Akmola" for "Akmola Region", likewise in Kazakh and Russian). */
	short: (name: string) => string;
	/** "A, B and C". */
	list: (items: string[]) => string;
	/** The status of a turnout figure as the data writes it (English), in this language. */
	status: (status: string) => string;
	/** Turnout layer. */
	turnout: (year: number, pct: string) => string;
	turnoutMissing: (year: number) => string;
	turnoutRamp: (status: string) => string;
	/** Change layer. */
	change: (pp: string) => string;
	changeMissing: string;
	/** "2021: 72.4% in East Kazakhstan Region, which it was part of". */
	wasPartOf: (year: number, pct: string, parent: string) => string;
	/** "2021: 72.4% (then including Abai Region)". */
	thenIncluding: (year: number, pct: string, children: string[]) => string;
	changeRamp: (from: number, to: number) => string;
	hatchNote: (year: number) => string;
	/** Districts layer. */
	districtNo: (no: string) => string;
	winnerMissing: string;
	/** A district's winner missing, in the CSV. */
	notInDataset: string;
	districtCount: (n: number) => string;
	noneKey: string;
	noneHere: string;
	unplaced: (nos: number[]) => string;
}

/** Statuses of the regional turnout rows, as written in data/majilis-turnout-by-region.csv. */
const STATUSES: Record<string, MessageKey> = {
	'preliminary at close of polls': 'map_status_close',
	'preliminary as of 22:00 on election day': 'map_status_22'
};
/** The national 2023 row adds the final figure: "… (final CEC: 54.21% per Wikipedia)". */
const WITH_FINAL = /^(.*) \(final CEC: (\d+(?:\.\d+)?)% per Wikipedia\)$/;

export function mapText(lang: Lang): MapText {
	const m = translator(lang);
	const word = m('map_region_word');
	const short = (name: string) =>
		name.endsWith(` ${word}`) ? name.slice(0, -word.length - 1) : name;
	const list = (items: string[]) =>
		items.length > 1
			? m('map_list', { head: items.slice(0, -1).join(', '), last: items.at(-1) })
			: (items[0] ?? '');
	const status = (s: string): string => {
		const final = WITH_FINAL.exec(s);
		if (final)
			return m('map_status_final', {
				status: status(final[1]!),
				pct: formatPct(Number(final[2]), 2, lang)
			});
		// A status the catalogue does not know stays as the data writes it (spec.test.ts lists them).
		const key = STATUSES[s];
		return key ? m(key) : s;
	};
	return {
		nameLines: (name, kind, cities) => {
			const s = short(name);
			if (kind === 'region' && s !== name && cities.includes(s)) return [s, word];
			const space = s.indexOf(' ');
			if (space > 0) return [s.slice(0, space), s.slice(space + 1)];
			const hyphen = s.indexOf('-');
			if (hyphen > 0 && hyphen < s.length - 1) return [s.slice(0, hyphen + 1), s.slice(hyphen + 1)];
			return [s];
		},
		short,
		list,
		status,
		turnout: (year, pct) => m('map_tip_turnout', { year, pct }),
		turnoutMissing: (year) => m('map_tip_turnout_missing', { year }),
		turnoutRamp: (s) => m('map_ramp_turnout', { status: s }),
		change: (pp) => m('map_tip_change', { pp }),
		changeMissing: m('map_tip_change_missing'),
		wasPartOf: (year, pct, parent) => m('map_tip_part_of', { year, pct, parent }),
		thenIncluding: (year, pct, children) =>
			children.length
				? m('map_tip_then_including', { year, pct, children: list(children) })
				: m('map_tip_then', { year, pct }),
		changeRamp: (from, to) => m('map_ramp_change', { from, to }),
		hatchNote: (year) => m('map_hatch_note', { year }),
		districtNo: (no) => m('map_district_no', { no }),
		winnerMissing: m('map_winner_missing'),
		notInDataset: m('map_not_in_dataset'),
		districtCount: (n) => m('map_district_count', { n }),
		noneKey: m('map_none_key'),
		noneHere: m('map_none_here'),
		unplaced: (nos) => m('map_unplaced', { n: nos.length, nos: nos.join(', ') })
	};
}
