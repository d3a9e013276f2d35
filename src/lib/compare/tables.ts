/** CSV tables of the compare charts, built from the same data the charts draw. */
import type { ChartTable } from '$lib/export/csv';
import type { SeatChangeData } from '$lib/charts/seat-change/build';
import type { HistoryRow } from '$lib/pages/compare';

export function seatChangeTable(d: SeatChangeData): ChartTable {
	return {
		columns: [
			'party_id',
			'party',
			'former_name_or_merger',
			`seats_${d.a}`,
			`seats_${d.b}`,
			'change',
			`share_${d.a}_pct`,
			`share_${d.b}_pct`,
			'share_change_pts'
		],
		rows: d.rows.map((r) => [
			r.id,
			r.name,
			r.note,
			r.seatsA,
			r.seatsB,
			r.change,
			Math.round(r.shareA * 100) / 100,
			Math.round(r.shareB * 100) / 100,
			r.shareChange
		])
	};
}

export function historyTable(rows: HistoryRow[]): ChartTable {
	return {
		columns: [
			'election',
			'convocation',
			'ruling_party_name',
			'seats',
			'chamber_seats',
			'seat_share_pct',
			'seats_by_nomination',
			'vote_share_pct',
			'vote_share_base',
			'turnout_pct',
			'electoral_system'
		],
		rows: rows.map((r) => [
			r.id,
			r.convocation,
			r.partyName,
			r.seats,
			r.seatsTotal,
			Math.round(r.seatShare * 100) / 100,
			r.altSeats,
			r.voteShare,
			r.pctBase,
			r.turnout,
			r.system
		])
	};
}
