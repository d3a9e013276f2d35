/** Seats per party by how they were won in 2023, under both counts of single-mandate winners. */
import {
	electionById,
	largestParty,
	seatsByParty,
	seatsOf,
	type PartySeats
} from '$lib/data/derive';
import { translator } from '$lib/i18n/text';
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
		const m = translator(lang);
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
				m('col_smd_membership'),
				{ label: m('ov_by_nomination_cec'), rows: nomination },
				undefined,
				lang
			),
			m('ov_method_chart_note', {
				party: shortName(ruling, lang),
				smd: amanatN?.smd ?? 0,
				total: amanatN?.total ?? 0,
				self: seatsOf(nomination, SELF_NOMINATED)
			})
		);
		const ids = [...new Set([...built.rows.map((r) => r.id), ...nomination.map((r) => r.partyId)])];
		const rows: MethodTableRow[] = ids.map((id) => {
			const b = find(membership, id);
			const n = find(nomination, id);
			return {
				id,
				name: shortName(id, lang),
				list: b?.list ?? n?.list ?? 0,
				smdMembership: b?.smd ?? 0,
				smdNomination: n?.smd ?? 0,
				totalMembership: b?.total ?? 0,
				totalNomination: n?.total ?? 0
			};
		});
		const sum = (f: (r: MethodTableRow) => number) => rows.reduce((s, r) => s + f(r), 0);
		return {
			meta: {
				id: 'seats-by-method-2023',
				lang,
				title: m('ov_method_title', {
					year: election.year,
					list: election.seatsByMethod.list,
					smd: election.seatsByMethod.smd
				}),
				desc: m('ov_method_desc', {
					rows: built.rows
						.map((r) => m('ov_method_row', { name: r.label, list: r.list, smd: r.smd }))
						.join('; '),
					party: shortName(ruling, lang),
					smd: amanatN?.smd ?? 0,
					majority: built.majority.value
				}),
				source: m('ov_both_sources', {
					results: resultsSource(data, lang),
					membership: sourceLine(data.smdViews2023.membership.sources),
					nomination: sourceLine(data.smdViews2023.nomination.sources)
				})
			},
			data: built,
			rows,
			footer: {
				id: 'total',
				name: m('col_total'),
				list: sum((r) => r.list),
				smdMembership: sum((r) => r.smdMembership),
				smdNomination: sum((r) => r.smdNomination),
				totalMembership: sum((r) => r.totalMembership),
				totalNomination: sum((r) => r.totalNomination)
			},
			caption: m('ov_method_caption')
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
