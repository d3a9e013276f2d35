/** The seats of the 2023 Majilis by party, counting Amanat by party membership (the overview's chart). */
import { electionById, largestParty, seatsByParty, seatsOf } from '$lib/data/derive';
import { formatConvocation, formatDate } from '$lib/format';
import { shortName } from '$lib/parties/style';
import { withNote } from '../legend';
import { catalogEntry, sourceLine } from '../source-line';
import { defineChart } from '../spec';
import { FILES } from '$lib/data/files';
import Hemicycle from './Hemicycle.svelte';
import { buildHemicycle } from './build';
import { t, translator } from '$lib/i18n/text';
import type { Dataset, Lang } from '$lib/data/types';

const ELECTION = '2023';

export interface SeatRow {
	partyId: string;
	name: string;
	list: number;
	smd: number;
	assembly: number;
	total: number;
}

/** The two sources of the CEC's final 2023 results in the elections file. */
export function resultsSource(data: Dataset, lang: Lang): string {
	return t(lang, 'ov_cec_final', {
		sources: sourceLine(catalogEntry(data, FILES.elections).sources.slice(0, 2))
	});
}

export const hemicycle2023 = defineChart({
	id: 'hemicycle-2023',
	component: Hemicycle,
	build(data, lang) {
		const m = translator(lang);
		const election = electionById(data, ELECTION);
		/** The ruling party, derived: the largest party (see largestParty). */
		const ruling = largestParty(data, election);
		const seats = seatsByParty(data, election, 'membership');
		const nomination = seatsByParty(data, election, 'nomination');
		const amanat = seats.find((p) => p.partyId === ruling);
		const built = withNote(
			// Larger labels than the default, so that the legend stays readable on a phone.
			buildHemicycle(seats, undefined, { fontSize: 20, lang }),
			m('ov_hemicycle_note', {
				party: shortName(ruling, lang),
				seats: seatsOf(nomination, ruling)
			}),
			14
		);
		const rows: SeatRow[] = seats.map((r) => ({
			partyId: r.partyId,
			name: shortName(r.partyId, lang),
			list: r.list,
			smd: r.smd,
			assembly: r.assembly,
			total: r.total
		}));
		return {
			meta: {
				id: 'hemicycle-2023',
				lang,
				title: m('ov_hemicycle_title', {
					convocation: formatConvocation(election.convocation, lang),
					seats: election.seatsTotal,
					date: formatDate(election.date, lang)
				}),
				desc: m('ov_hemicycle_desc', {
					parties: built.parties.map((p) => `${p.name} ${p.total}`).join(', '),
					list: election.seatsByMethod.list,
					smd: election.seatsByMethod.smd,
					party: shortName(ruling, lang),
					byMembership: amanat?.total ?? 0,
					byNomination: seatsOf(nomination, ruling),
					majority: built.majority
				}),
				source: m('ov_membership_source', {
					results: resultsSource(data, lang),
					membership: sourceLine(data.smdViews2023.membership.sources)
				})
			},
			data: built,
			rows,
			footer: {
				partyId: 'total',
				name: m('col_total'),
				list: election.seatsByMethod.list,
				smd: election.seatsByMethod.smd,
				assembly: 0,
				total: election.seatsTotal
			},
			caption: m('ov_hemi_caption')
		};
	},
	columns: [
		{ key: 'party_id', value: (r) => r.partyId },
		{ key: 'party', label: 'col_party', value: (r) => r.name },
		{ key: 'party_list_seats', label: 'col_list', kind: 'int', value: (r) => r.list },
		{ key: 'single_mandate_seats', label: 'col_smd', kind: 'int', value: (r) => r.smd },
		{ key: 'assembly_seats', kind: 'int', value: (r) => r.assembly },
		{ key: 'total_seats', label: 'col_total', kind: 'int', value: (r) => r.total }
	]
});
