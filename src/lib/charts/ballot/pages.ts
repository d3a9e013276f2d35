/**
 * The votes that have a page of their own, and their page names: /president/<year>/ for each
 * presidential election, /referendums/<slug>/ for each referendum, where the slug is the year,
 * or year and month where a year had two (1995-04, 1995-08). Read from the data, so that a new
 * vote adds its page by itself.
 */
import type { Dataset } from '$lib/data/types';
import type { NationalVote } from '$lib/data/national-votes';

export type PageKind = 'presidential' | 'referendum';

export function votesOf(data: Dataset, kind: PageKind): NationalVote[] {
	return data.nationalVotes.filter((v) => v.kind === kind);
}

export function slugOf(vote: NationalVote, data: Dataset): string {
	const sameYear = data.nationalVotes.filter((v) => v.kind === vote.kind && v.year === vote.year);
	return sameYear.length > 1 ? vote.date.slice(0, 7) : String(vote.year);
}

export function voteBySlug(data: Dataset, kind: PageKind, slug: string): NationalVote | undefined {
	return votesOf(data, kind).find((v) => slugOf(v, data) === slug);
}

/** The page of a vote, without the language prefix ("/president/2022/"), or null for none. */
export function pathOf(vote: NationalVote, data: Dataset): string | null {
	if (vote.kind === 'presidential') return `/president/${slugOf(vote, data)}/`;
	if (vote.kind === 'referendum') return `/referendums/${slugOf(vote, data)}/`;
	return null;
}

/**
 * The states of a chart with one state per vote: 'latest' first (its file is the chart's id and
 * always shows the newest vote), then every vote's slug, newest first.
 */
export function voteStates(data: Dataset, kind: PageKind): string[] {
	return [
		'latest',
		...votesOf(data, kind)
			.map((v) => slugOf(v, data))
			.reverse()
	];
}

export function voteOfState(data: Dataset, kind: PageKind, state: string): NationalVote {
	const votes = votesOf(data, kind);
	const vote = state === 'latest' ? votes.at(-1) : voteBySlug(data, kind, state);
	if (!vote) throw new Error(`No ${kind} vote "${state}" in the data`);
	return vote;
}

/** The vote's own source, as its TOTAL row names it first, without addresses. */
export function voteSource(vote: NationalVote): string {
	const first = vote.source.split(' ; ')[0]!;
	return first
		.replace(/https?:\/\/\S+/g, '')
		.replace(/\s+([,;)])/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}
