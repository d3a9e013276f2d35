/**
 * A presidential election's candidates as bars, by share, the winner marked, 'against all' and
 * invalid ballots apart; one state per election (files president-<year>; 'president' is the
 * latest). The page adds turnout, registered voters and ballots cast.
 */
import type { Lang } from '$lib/data/types';
import type { NationalVote } from '$lib/data/national-votes';
import { formatDate, formatInt, formatPct } from '$lib/format';
import { catalogue } from '$lib/i18n/text';
import { defineChart } from '../spec';
import BallotBars from '../ballot/BallotBars.svelte';
import { buildBallotBars, optionId, optionLabel, type BallotBarsData } from '../ballot/build';
import { isApart, winnerOf } from '../ballot/facts';
import { voteOfState, voteSource, voteStates } from '../ballot/pages';
import type raw from './messages.json';
import compiled from './messages.json?icu&server';

const words = catalogue<keyof typeof raw.en>(compiled);

export interface OptionRow {
	id: string;
	name: string;
	party: string | null;
	votes: number | null;
	pct: number | null;
	apart: boolean;
	elected: boolean | null;
}

/** The rows of a vote's table: answers or candidates by share, then the rows set apart. */
export function optionRows(vote: NationalVote, lang: Lang): OptionRow[] {
	const winner = vote.kind === 'presidential' ? winnerOf(vote) : null;
	const order = (o: { pct: number | null; votes: number | null }) => o.pct ?? -1;
	return [...vote.options]
		.sort((a, b) => Number(isApart(a)) - Number(isApart(b)) || order(b) - order(a))
		.map((o) => ({
			id: optionId(o),
			name: optionLabel(o, lang).text,
			party: o.party || null,
			votes: o.votes,
			pct: o.pct,
			apart: isApart(o),
			elected: vote.kind !== 'presidential' || isApart(o) ? null : o === winner
		}));
}

/** "Kassym-Jomart Tokayev 81.31%, …" (the count where no share is stated), as the description lists them. */
export function optionList(vote: NationalVote, lang: Lang): string {
	return optionRows(vote, lang)
		.map(
			(r) => `${r.name} ${r.pct !== null ? formatPct(r.pct, 2, lang) : formatInt(r.votes, lang)}`
		)
		.join(', ');
}

export const president = defineChart<BallotBarsData, OptionRow, string>({
	id: 'president',
	states: (data) => voteStates(data, 'presidential'),
	fileId: (state) => `president-${state}`,
	component: BallotBars,
	build(data, lang, state) {
		const say = words(lang);
		const vote = voteOfState(data, 'presidential', state);
		const winner = winnerOf(vote);
		const date = formatDate(vote.date, lang);
		return {
			meta: {
				id: `president-${vote.year}`,
				lang,
				title: say('title', { date }),
				desc: say('desc', {
					winner: winner?.option ?? 'none',
					pct: formatPct(winner?.pct, 2, lang),
					turnout: formatPct(vote.turnoutPct, 2, lang),
					list: optionList(vote, lang)
				}),
				source: voteSource(vote)
			},
			data: buildBallotBars(vote, lang).data,
			rows: optionRows(vote, lang),
			caption: say('caption', { date })
		};
	},
	columns: [
		{ key: 'option_id', value: (r) => r.id },
		{ key: 'option', label: (lang) => words(lang)('col_option'), value: (r) => r.name },
		{ key: 'party', label: (lang) => words(lang)('col_party'), value: (r) => r.party },
		{ key: 'votes', label: (lang) => words(lang)('col_votes'), kind: 'int', value: (r) => r.votes },
		{ key: 'pct', label: (lang) => words(lang)('col_pct'), kind: 'pct', value: (r) => r.pct },
		{ key: 'apart', value: (r) => r.apart },
		{
			key: 'elected',
			label: (lang) => words(lang)('col_elected'),
			kind: 'yes-no',
			value: (r) => r.elected
		}
	]
});
