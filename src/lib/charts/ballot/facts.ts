/**
 * What the data say about one vote's ballot, read the same way for elections and referendums:
 * which rows are answers and which are set apart ('against all', invalid ballots), the total the
 * stated percentages are of (found by checking the counts, not typed), the question asked where
 * a source gives it, and the notes where sources disagree.
 */
import type { NationalVote, VoteOption } from '$lib/data/national-votes';

/** Rows that are no candidate or answer: drawn apart, below a rule. */
const APART = /against|invalid|blank|both options|non-established/i;
/** Rows that count no vote for anything: outside every total but that of all who took part. */
const SPOILT = /invalid|blank|non-established/i;

export const isApart = (o: VoteOption) => APART.test(o.option);

/**
 * The total the percentages are of: all who took part ('cast'), the votes for the candidates or
 * answers ('valid'), or those plus 'against all' / both answers marked ('counted'); 'unknown' when
 * no total in the data gives the stated percentages. The narrowest total that gives them all wins
 * (1991: the 8,788,528 votes for or against, which the source names, not all who took part).
 */
export type ShareBase = 'cast' | 'valid' | 'counted' | 'unknown';

function sum(options: VoteOption[]): number | null {
	if (!options.length || options.some((o) => o.votes === null)) return null;
	return options.reduce((s, o) => s + o.votes!, 0);
}

/** Agreement to the precision of the stated figure (87.15 covers 87.145 to 87.155). */
function agrees(stated: number, computed: number): boolean {
	const decimals = (String(stated).split('.')[1] ?? '').length;
	return Math.abs(stated - computed) <= 0.5 * 10 ** -decimals + 1e-9;
}

export function shareBase(vote: NationalVote): { base: ShareBase; total: number | null } {
	const stated = vote.options.filter((o) => o.pct !== null && o.votes !== null);
	const totals: [ShareBase, number | null][] = [
		['valid', sum(vote.options.filter((o) => !isApart(o)))],
		['counted', sum(vote.options.filter((o) => !SPOILT.test(o.option)))],
		['cast', vote.cast]
	];
	for (const [base, total] of totals)
		if (total && stated.length && stated.every((o) => agrees(o.pct!, (o.votes! / total) * 100)))
			return { base, total };
	return { base: 'unknown', total: null };
}

/** The question as the data's note quotes or summarises it, or null. */
export function questionOf(vote: NationalVote): { text: string; quoted: boolean } | null {
	const m = /Question: (?:'(.+?\?)'|([^.]+)\.)/.exec(vote.note);
	if (!m) return null;
	return m[1] ? { text: m[1], quoted: true } : { text: m[2]!, quoted: false };
}

/** Notes of the vote and its rows that record a disagreement between sources, each once. */
export function conflictsOf(vote: NationalVote): string[] {
	const notes = [vote.note, ...vote.options.map((o) => o.note)];
	return [...new Set(notes.filter((n) => /conflict|typo|misprint/i.test(n)))];
}

/** The winner of an election: the candidate with the largest share (or vote, where no share). */
export function winnerOf(vote: NationalVote): VoteOption | null {
	const candidates = vote.options.filter((o) => !isApart(o));
	const key = (o: VoteOption) => o.pct ?? -1;
	const byVotes = (o: VoteOption) => o.votes ?? -1;
	const top = [...candidates].sort((a, b) => key(b) - key(a) || byVotes(b) - byVotes(a))[0];
	return top && (top.pct !== null || top.votes !== null) ? top : null;
}
