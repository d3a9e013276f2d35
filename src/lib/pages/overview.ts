/** The charts of the overview page (/), built from the dataset at build time. */
import type { Dataset } from '$lib/data/types';
import { electionById, seatsByParty } from '$lib/data/derive';
import { buildHemicycle } from '$lib/charts/hemicycle/build';
import { catalogEntry, sourceLine } from '$lib/charts/source-line';
import { formatDate } from '$lib/format';

export function hemicycle2023(data: Dataset) {
	const election = electionById(data, '2023');
	const rows = seatsByParty(data, election, 'membership');
	const built = buildHemicycle(rows);
	const amanat = built.parties.find((p) => p.id === 'amanat');
	return {
		meta: {
			id: 'hemicycle-2023',
			title: `The 8th Majilis: ${election.seatsTotal} seats, elected ${formatDate(election.date)}`,
			desc: `One dot per seat, by party, left to right: ${built.parties.map((p) => `${p.name} ${p.total}`).join(', ')}. Filled dots are party-list seats (${election.seatsByMethod.list}), rings single-mandate seats (${election.seatsByMethod.smd}). Amanat holds ${amanat?.total} seats counting its members; ${built.majority} are a majority.`,
			source: `CEC final results, 27 Mar 2023 (${sourceLine(catalogEntry(data, 'majilis-elections.json').sources.slice(0, 2))}); party membership: ${sourceLine(data.smdViews2023.membership.sources)}`
		},
		data: built,
		rows
	};
}
