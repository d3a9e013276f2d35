/**
 * Every national vote since 1991 (data/national-votes.csv): one TOTAL row per vote with its
 * registered voters, ballots cast and turnout, and one row per option. Checked here like the
 * other files: a bad row stops the build with its file, line and field.
 *
 * Majilis (and Kurultai) party results live in majilis-elections.json, and so does the turnout
 * that the site shows: where both files have an election, they must agree on turnout to the precision the
 * less precise one states (75.4 and 75.45 agree; 75.4 and 75.5 do not).
 */
import * as v from 'valibot';
import type { CsvRow } from './csv.ts';
import { DataError, parseRecord } from './errors.ts';
import { dataPath, FILES } from './files.ts';
import { count, isoDate, optionalNumber, percent } from './schema.ts';
import type { Election } from './types.ts';

export const VOTE_KINDS = [
	'presidential',
	'supreme-council',
	'majilis',
	'kurultai',
	'referendum'
] as const;
export type VoteKind = (typeof VOTE_KINDS)[number];
/** Final results, preliminary ones, or a vote that is called and has no results in the data. */
export type VoteStatus = 'final' | 'preliminary' | 'called';

export interface VoteOption {
	/** A candidate, a party, or a ballot answer ("Yes", "Against", "Invalid/blank"). */
	option: string;
	party: string;
	votes: number | null;
	pct: number | null;
	source: string;
	note: string;
}

export interface NationalVote {
	id: string;
	kind: VoteKind;
	date: string;
	year: number;
	status: VoteStatus;
	/** The status as the data writes it ("called; results not found"). */
	statusText: string;
	confidence: 'high' | 'medium' | 'low';
	registered: number | null;
	cast: number | null;
	/** As the source states it; for a Majilis election, the figure of majilis-elections.json. */
	turnoutPct: number | null;
	source: string;
	note: string;
	options: VoteOption[];
}

const rowSchema = v.object({
	vote_id: v.pipe(
		v.string(),
		v.regex(/^[a-z-]+-\d{4}(-\d{2})?$/, 'expected an id like majilis-2023')
	),
	kind: v.picklist(VOTE_KINDS, `expected one of ${VOTE_KINDS.join(', ')}`),
	date: isoDate,
	option: v.pipe(v.string(), v.nonEmpty('expected an option or TOTAL')),
	party: v.string(),
	votes: optionalNumber(count),
	pct: optionalNumber(percent),
	registered: optionalNumber(count),
	cast: optionalNumber(count),
	turnout_pct: optionalNumber(percent),
	status: v.pipe(
		v.string(),
		v.regex(/^(final|preliminary|called)\b/, 'expected final, preliminary or called…')
	),
	confidence: v.picklist(['high', 'medium', 'low'], 'expected high, medium or low'),
	source: v.pipe(v.string(), v.nonEmpty('expected a source')),
	note: v.string()
});

/** Agreement to the stated precision: 75.4 (one decimal) covers 75.35 to 75.45. */
function agree(a: number, b: number): boolean {
	const decimals = (x: number) => (String(x).split('.')[1] ?? '').length;
	const tolerance = 0.5 * 10 ** -Math.min(decimals(a), decimals(b));
	return Math.abs(a - b) <= tolerance + 1e-9;
}

export function loadNationalVotes(rows: CsvRow[], elections: Election[]): NationalVote[] {
	const file = dataPath(FILES.nationalVotes);
	const votes = new Map<string, NationalVote>();
	const kinds = new Map<string, { kind: VoteKind; date: string; line: number }>();
	const parsed = rows.map((row) => {
		const record = `line ${row.line} (${row.values.vote_id ?? ''} ${row.values.option ?? ''})`;
		return { record, r: parseRecord(rowSchema, row.values, file, record), line: row.line };
	});
	for (const { record, r, line } of parsed) {
		const first = kinds.get(r.vote_id);
		if (first && first.kind !== r.kind)
			throw new DataError(
				file,
				record,
				'kind',
				`${r.vote_id} is "${first.kind}" on line ${first.line}`
			);
		if (first && first.date !== r.date)
			throw new DataError(
				file,
				record,
				'date',
				`${r.vote_id} is dated ${first.date} on line ${first.line}`
			);
		if (!first) kinds.set(r.vote_id, { kind: r.kind, date: r.date, line });
		if (r.option !== 'TOTAL') continue;
		if (votes.has(r.vote_id))
			throw new DataError(file, record, 'option', `a second TOTAL row for ${r.vote_id}`);
		votes.set(r.vote_id, {
			id: r.vote_id,
			kind: r.kind,
			date: r.date,
			year: Number(r.date.slice(0, 4)),
			status: r.status.match(/^(final|preliminary|called)/)![1] as VoteStatus,
			statusText: r.status,
			confidence: r.confidence,
			registered: r.registered,
			cast: r.cast,
			turnoutPct: r.turnout_pct,
			source: r.source,
			note: r.note,
			options: []
		});
	}
	for (const { record, r } of parsed) {
		if (r.option === 'TOTAL') continue;
		const vote = votes.get(r.vote_id);
		if (!vote) throw new DataError(file, record, 'vote_id', `${r.vote_id} has no TOTAL row`);
		vote.options.push({
			option: r.option,
			party: r.party,
			votes: r.votes,
			pct: r.pct,
			source: r.source,
			note: r.note
		});
	}
	for (const vote of votes.values()) {
		if (
			vote.status === 'called' &&
			(vote.turnoutPct !== null || vote.options.some((o) => o.pct !== null))
		)
			throw new DataError(file, vote.id, 'status', 'a vote that is only called has no results');
		if (vote.kind !== 'majilis' && vote.kind !== 'kurultai') continue;
		const election = elections.find((e) => e.date === vote.date && e.chamber === vote.kind);
		if (!election) continue;
		// The elections file holds the election commission's declared results: once a called vote
		// (the Kurultai's) has its record there, it has results, and this file needs no edit.
		if (vote.status === 'called') Object.assign(vote, { status: 'final', statusText: 'final' });
		const own = vote.turnoutPct;
		if (own !== null && election.turnoutPct !== null && !agree(own, election.turnoutPct))
			throw new DataError(
				file,
				vote.id,
				'turnout_pct',
				`${own} disagrees with ${FILES.elections} (${election.turnoutPct} for ${election.id})`
			);
		// One fact, one place: the turnout the site shows is the elections file's.
		vote.turnoutPct = election.turnoutPct ?? own;
	}
	return [...votes.values()].sort((a, b) => a.date.localeCompare(b.date));
}
