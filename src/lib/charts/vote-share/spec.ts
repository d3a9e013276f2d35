/** Party-list vote shares of 2023 against the threshold, with 'against all' apart. */
import { electionById, voteBase } from '$lib/data/derive';
import { formatDate, formatInt, formatPct } from '$lib/format';
import { t, translator } from '$lib/i18n/text';
import { resultsSource } from '../hemicycle/spec';
import { withNote } from '../legend';
import { defineChart } from '../spec';
import { buildVoteShare } from './build';
import VoteShare from './VoteShare.svelte';

const ELECTION = '2023';

export interface VoteShareRow {
	id: string;
	name: string;
	votes: number | null;
	pct: number | null;
	/** Over the threshold; null where it does not apply ('against all', the total). */
	over: boolean | null;
	listSeats: number | null;
}

export const voteShare2023 = defineChart({
	id: 'vote-share-2023',
	component: VoteShare,
	build(data, lang) {
		const m = translator(lang);
		const election = electionById(data, ELECTION);
		const base = voteBase(election);
		const plain = buildVoteShare(election, undefined, lang);
		const built =
			base === null
				? plain
				: withNote(plain, m('ov_vote_chart_note', { base: formatInt(base, lang) }));
		const over = built.bars.filter((b) => b.over);
		const under = built.bars.filter((b) => b.over === false);
		const threshold = formatPct(election.thresholdPct, 0, lang);
		const rows: VoteShareRow[] = [
			...built.bars.map((b) => ({
				id: b.id,
				name: b.label,
				votes: b.votes,
				pct: b.pct,
				over: b.over,
				listSeats: b.listSeats
			})),
			...(built.against
				? [
						{
							id: built.against.id,
							name: built.against.label,
							votes: built.against.votes,
							pct: built.against.pct,
							over: null,
							listSeats: null
						}
					]
				: [])
		];
		return {
			meta: {
				id: 'vote-share-2023',
				lang,
				title: m('ov_vote_title', {
					year: election.year,
					over: over.length,
					parties: built.bars.length,
					threshold
				}),
				desc: m('ov_vote_desc', {
					bars: built.bars.map((b) => `${b.label} ${formatPct(b.pct, 2, lang)}`).join(', '),
					threshold,
					under: under.map((b) => b.label).join(', '),
					against: built.against ? formatPct(built.against.pct, 2, lang) : 'none'
				}),
				source: resultsSource(data, lang)
			},
			data: built,
			rows,
			footer: {
				id: 'total',
				name: m('col_total'),
				votes: base,
				// The shares are of this total.
				pct: base === null ? null : 100,
				over: null,
				listSeats: election.seatsByMethod.list
			},
			caption: m('ov_vote_caption', { date: formatDate(election.date, lang) }),
			labelVars: { threshold }
		};
	},
	columns: [
		{ key: 'party_id', value: (r) => r.id },
		{ key: 'party', label: 'col_party', value: (r) => r.name },
		{ key: 'votes', label: 'col_votes', kind: 'int', value: (r) => r.votes },
		{ key: 'pct', label: 'col_share', kind: 'pct', value: (r) => r.pct },
		{
			key: 'over_threshold',
			label: 'col_over',
			kind: 'yes-no',
			value: (r) => r.over,
			// Blank, not missing, where a threshold does not apply.
			display: (r, lang) => (r.over === null ? '' : t(lang, r.over ? 'yes' : 'no'))
		},
		{
			key: 'list_seats',
			label: 'col_list_seats',
			kind: 'int',
			value: (r) => r.listSeats,
			display: (r, lang) => (r.listSeats === null ? '' : formatInt(r.listSeats, lang))
		}
	]
});
