/**
 * The ruling party at every Majilis election in the data: its seat share and party-list vote
 * share, and national turnout, with the periods of each electoral system.
 */
import type { Election, Lang } from '$lib/data/types';
import { formatConvocation, formatPct } from '$lib/format';
import { translator } from '$lib/i18n/text';
import { FILES } from '$lib/data/files';
import { shortName } from '$lib/parties/style';
import { chambers, election, rulingParty } from '$lib/compare/build';
import { catalogEntry, sourceLine } from '../source-line';
import { round2 } from '../round';
import { defineChart } from '../spec';
import RulingPartyHistory from './RulingPartyHistory.svelte';
import { buildHistory } from './build';

export interface HistoryRow {
	id: string;
	convocation: number;
	partyName: string;
	seats: number;
	seatsTotal: number;
	seatShare: number;
	/** 2023: the count by nomination, where it differs. */
	altSeats: number | null;
	voteShare: number | null;
	pctBase: string;
	turnout: number | null;
	system: string;
}

/** The seat counts of a system, for the chart: ["mixed", "10 list + 67 district seats"]. */
function systemLines(e: Election, lang: Lang): [string, string] {
	const m = translator(lang);
	const s = e.seatsByMethod;
	const kind = m(
		s.list && s.smd ? 'cmp_system_mixed' : s.list ? 'cmp_system_list' : 'cmp_system_smd'
	);
	const parts = [
		s.list ? m('cmp_sysseats_list', { n: s.list }) : '',
		s.smd ? m('cmp_sysseats_smd', { n: s.smd }) : ''
	].filter(Boolean);
	const seats =
		m('cmp_sysseats', { parts: parts.join(' + ') }) +
		(s.assembly ? m('cmp_sysseats_assembly', { n: s.assembly }) : '');
	return [kind, seats];
}

export const rulingPartyHistory = defineChart({
	id: 'ruling-party-history',
	component: RulingPartyHistory,
	build(data, lang) {
		const m = translator(lang);
		const party = rulingParty(data);
		const model = chambers(data, lang);
		const rows: HistoryRow[] = data.elections.map((e) => {
			const c = election(model, e.id);
			const seats = c.seats.find((r) => r.partyId === party)?.total ?? 0;
			return {
				id: e.id,
				convocation: e.convocation,
				partyName: c.formerNames[party] ?? shortName(party, lang),
				seats,
				seatsTotal: e.seatsTotal,
				seatShare: (seats / e.seatsTotal) * 100,
				altSeats: c.alternative?.seats[party] ?? null,
				voteShare: e.results.find((r) => r.partyId === party)?.pct ?? null,
				pctBase: e.pctBase,
				turnout: e.turnoutPct,
				system: systemLines(e, lang).join(': ')
			};
		});
		const built = buildHistory(
			rows.map((r, i) => ({
				id: r.id,
				date: data.elections[i]!.date,
				partyName: r.partyName,
				seats: r.seatShare,
				votes: r.voteShare,
				turnout: r.turnout,
				detail: [
					m('cmp_hist_seats_of', { seats: r.seats, total: r.seatsTotal }),
					...(r.altSeats === null
						? []
						: [
								m('cmp_hist_alt_of', {
									seats: r.altSeats,
									total: r.seatsTotal,
									pct: formatPct((r.altSeats / r.seatsTotal) * 100, 1, lang)
								})
							])
				],
				system: systemLines(data.elections[i]!, lang)
			})),
			lang
		);
		const pct = (v: number | null) => formatPct(v, 1, lang);
		const each = (key: 'cmp_hist_seats_in' | 'cmp_hist_value_in', values: (number | null)[]) =>
			values.map((v, i) => m(key, { value: pct(v), year: rows[i]!.id })).join(', ');
		const names = [...new Set(rows.map((r) => r.partyName))];
		return {
			meta: {
				id: 'ruling-party-history',
				lang,
				title: m('cmp_hist_title', {
					party: shortName(party, lang),
					first: rows[0]!.id,
					last: rows.at(-1)!.id
				}),
				desc: m('cmp_hist_desc', {
					names: names.reduce((earlier, later) => m('cmp_hist_then', { earlier, later })),
					seats: each(
						'cmp_hist_seats_in',
						rows.map((r) => r.seatShare)
					),
					votes: each(
						'cmp_hist_value_in',
						rows.map((r) => r.voteShare)
					),
					turnout: each(
						'cmp_hist_value_in',
						rows.map((r) => r.turnout)
					)
				}),
				source: sourceLine(catalogEntry(data, FILES.elections).sources)
			},
			data: built,
			rows,
			caption: m('cmp_history_caption')
		};
	},
	columns: [
		{
			key: 'election',
			label: 'col_election',
			value: (r: HistoryRow) => r.id,
			display: (r, lang) => `${r.id} (${formatConvocation(r.convocation, lang)})`
		},
		{ key: 'convocation', kind: 'int', value: (r) => r.convocation },
		{ key: 'ruling_party_name', label: 'cmp_col_party_name', value: (r) => r.partyName },
		{
			key: 'seats',
			label: 'cmp_col_seats',
			value: (r) => r.seats,
			display: (r, lang) =>
				translator(lang)('cmp_seats_of', { seats: r.seats, total: r.seatsTotal }) +
				(r.altSeats === null ? '' : translator(lang)('cmp_by_nomination', { n: r.altSeats }))
		},
		{ key: 'chamber_seats', kind: 'int', value: (r) => r.seatsTotal },
		{
			key: 'seat_share_pct',
			label: 'cmp_col_seat_share',
			kind: 'pct',
			digits: 1,
			value: (r) => round2(r.seatShare),
			display: (r, lang) => formatPct(r.seatShare, 1, lang)
		},
		{ key: 'seats_by_nomination', kind: 'int', value: (r) => r.altSeats },
		{ key: 'vote_share_pct', label: 'cmp_col_vote_share', kind: 'pct', value: (r) => r.voteShare },
		{ key: 'vote_share_base', value: (r) => r.pctBase },
		{ key: 'turnout_pct', label: 'col_turnout', kind: 'pct', value: (r) => r.turnout },
		{ key: 'electoral_system', label: 'cmp_col_system', value: (r) => r.system }
	]
});
