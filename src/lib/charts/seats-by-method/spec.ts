/** Seats per party by how they were won in 2023, under both counts of single-mandate winners. */
import {
	electionById,
	largestParty,
	seatsByParty,
	seatsOf,
	type PartySeats
} from '$lib/data/derive';
import { t } from '$lib/i18n/messages';
import { OVERVIEW_TEXT } from '$lib/pages/overview-text';
import { shortName } from '$lib/parties/style';
import { resultsSource } from '../hemicycle/spec';
import { withNote } from '../legend';
import { sourceLine } from '../source-line';
import { defineChart } from '../spec';
import { buildSeatsByMethod } from './build';
import SeatsByMethod from './SeatsByMethod.svelte';

const ELECTION = '2023';
const SELF_NOMINATED = 'independents';

export interface MethodTableRow {
	id: string;
	name: string;
	list: number;
	smdMembership: number;
	smdNomination: number;
	totalMembership: number;
	totalNomination: number;
}

export const seatsByMethod2023 = defineChart({
	id: 'seats-by-method-2023',
	component: SeatsByMethod,
	build(data, lang) {
		const text = OVERVIEW_TEXT[lang];
		const election = electionById(data, ELECTION);
		/** The ruling party, derived: the largest party (see largestParty). */
		const ruling = largestParty(data, election);
		const membership = seatsByParty(data, election, 'membership');
		const nomination = seatsByParty(data, election, 'nomination');
		const find = (rows: PartySeats[], id: string) => rows.find((r) => r.partyId === id);
		const amanatN = find(nomination, ruling);
		const built = withNote(
			buildSeatsByMethod(
				membership,
				text.smdByMembership,
				{ label: text.byNominationCec, rows: nomination },
				undefined,
				lang
			),
			text.methodNote(
				shortName(ruling, lang),
				amanatN?.smd ?? 0,
				amanatN?.total ?? 0,
				seatsOf(nomination, SELF_NOMINATED)
			)
		);
		const ids = [...new Set([...built.rows.map((r) => r.id), ...nomination.map((r) => r.partyId)])];
		const rows: MethodTableRow[] = ids.map((id) => {
			const m = find(membership, id);
			const n = find(nomination, id);
			return {
				id,
				name: shortName(id, lang),
				list: m?.list ?? n?.list ?? 0,
				smdMembership: m?.smd ?? 0,
				smdNomination: n?.smd ?? 0,
				totalMembership: m?.total ?? 0,
				totalNomination: n?.total ?? 0
			};
		});
		const sum = (f: (r: MethodTableRow) => number) => rows.reduce((s, r) => s + f(r), 0);
		return {
			meta: {
				id: 'seats-by-method-2023',
				lang,
				title: text.methodTitle(
					election.year,
					election.seatsByMethod.list,
					election.seatsByMethod.smd
				),
				desc: text.methodDesc(
					built.rows.map((r) => text.methodRow(r.label, r.list, r.smd)).join('; '),
					shortName(ruling, lang),
					amanatN?.smd ?? 0,
					built.majority.value
				),
				source: text.bothSources(
					resultsSource(data, lang),
					sourceLine(data.smdViews2023.membership.sources),
					sourceLine(data.smdViews2023.nomination.sources)
				)
			},
			data: built,
			rows,
			footer: {
				id: 'total',
				name: text.total,
				list: sum((r) => r.list),
				smdMembership: sum((r) => r.smdMembership),
				smdNomination: sum((r) => r.smdNomination),
				totalMembership: sum((r) => r.totalMembership),
				totalNomination: sum((r) => r.totalNomination)
			},
			caption: t(lang, 'ov_method_caption')
		};
	},
	columns: [
		{ key: 'party_id', value: (r) => r.id },
		{ key: 'party', label: 'col_party', value: (r) => r.name },
		{ key: 'party_list_seats', label: 'col_list', kind: 'int', value: (r) => r.list },
		{
			key: 'single_mandate_by_membership',
			label: 'col_smd_membership',
			kind: 'int',
			value: (r) => r.smdMembership
		},
		{
			key: 'single_mandate_by_nomination',
			label: 'col_smd_nomination',
			kind: 'int',
			value: (r) => r.smdNomination
		},
		{
			key: 'total_by_membership',
			label: 'col_total_membership',
			kind: 'int',
			value: (r) => r.totalMembership
		},
		{
			key: 'total_by_nomination',
			label: 'col_total_nomination',
			kind: 'int',
			value: (r) => r.totalNomination
		}
	]
});
