/** Turnout at every Majilis election in the data, the latest marked. */
import { electionById } from '$lib/data/derive';
import { formatConvocation, formatPct } from '$lib/format';
import { translator } from '$lib/i18n/text';
import { catalogEntry, sourceLine } from '../source-line';
import { defineChart } from '../spec';
import { FILES } from '$lib/data/files';
import { asWritten, buildTurnoutHistory } from './build';
import TurnoutHistory from './TurnoutHistory.svelte';

const ELECTION = '2023';

export interface TurnoutTableRow {
	id: string;
	year: number;
	convocation: string;
	pct: number | null;
	registered: number | null;
	ballots: number | null;
	/** Other published figures, as written in the data ("68,4%"). */
	alternatives: string | null;
}

export const turnoutHistory = defineChart({
	id: 'turnout-history',
	component: TurnoutHistory,
	build(data, lang) {
		const m = translator(lang);
		const current = electionById(data, ELECTION);
		const built = buildTurnoutHistory(data.elections, current.id, lang);
		const known = built.columns.filter((c) => c.pct !== null);
		const missing = built.columns.filter((c) => c.pct === null);
		const first = data.elections[0]!;
		const rows: TurnoutTableRow[] = data.elections.map((e) => ({
			id: e.id,
			year: e.year,
			convocation: formatConvocation(e.convocation, lang),
			pct: e.turnoutPct,
			registered: e.registeredVoters,
			ballots: e.ballotsCast,
			alternatives: e.turnoutAlternatives.length
				? e.turnoutAlternatives.map((a) => asWritten(a.value, lang)).join(', ')
				: null
		}));
		return {
			meta: {
				id: 'turnout-history',
				lang,
				title: m('ov_turnout_title', {
					first: first.year,
					last: current.year,
					pct: formatPct(current.turnoutPct, 2, lang)
				}),
				desc: m('ov_turnout_desc', {
					known: known.map((c) => `${c.year} ${formatPct(c.pct, 2, lang)}`).join(', '),
					missing: missing.length ? missing.map((c) => c.year).join(', ') : 'none',
					year: current.year
				}),
				source: sourceLine(catalogEntry(data, FILES.elections).sources)
			},
			data: built,
			rows,
			caption: m('ov_turnout_caption')
		};
	},
	columns: [
		{ key: 'election', label: 'col_election', value: (r) => r.id },
		{ key: 'convocation', label: 'col_majilis', value: (r) => r.convocation },
		{
			key: 'turnout_pct',
			label: 'col_turnout',
			kind: 'pct',
			value: (r) => r.pct,
			// A mark where other figures were published: the figure's note lists them.
			display: (r, lang) =>
				r.pct === null ? null : `${formatPct(r.pct, 2, lang)}${r.alternatives === null ? '' : '*'}`
		},
		{ key: 'registered_voters', label: 'col_registered', kind: 'int', value: (r) => r.registered },
		{ key: 'ballots_cast', label: 'col_ballots', kind: 'int', value: (r) => r.ballots },
		{ key: 'other_figures', value: (r) => r.alternatives }
	]
});
