/**
 * A referendum's answers and ballots as the source counts them (yes, no, both answers marked,
 * invalid, ballots of a non-established form), each share with the total it is of; one state per
 * referendum (files referendum-<slug>; 'referendum' is the latest).
 */
import { formatDate, formatPct } from '$lib/format';
import { catalogue } from '$lib/i18n/text';
import { defineChart } from '../spec';
import BallotBars from '../ballot/BallotBars.svelte';
import { buildBallotBars, optionKey, type BallotBarsData } from '../ballot/build';
import { voteOfState, voteSource, voteStates } from '../ballot/pages';
import { optionList, optionRows, type OptionRow } from '../president/spec';
import type raw from './messages.json';
import compiled from './messages.json?icu&server';

const words = catalogue<keyof typeof raw.en>(compiled);

export const referendum = defineChart<BallotBarsData, OptionRow, string>({
	id: 'referendum',
	states: (data) => voteStates(data, 'referendum'),
	fileId: (state) => `referendum-${state}`,
	component: BallotBars,
	build(data, lang, state) {
		const say = words(lang);
		const vote = voteOfState(data, 'referendum', state);
		const slug = voteStates(data, 'referendum').find(
			(s) => s !== 'latest' && voteOfState(data, 'referendum', s) === vote
		)!;
		const yes = vote.options.find((o) => optionKey(o) === 'yes');
		const date = formatDate(vote.date, lang);
		return {
			meta: {
				id: `referendum-${slug}`,
				lang,
				title: say('title', { date }),
				desc: say('desc', {
					yes: yes?.pct == null ? 'none' : formatPct(yes.pct, 2, lang),
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
		{ key: 'votes', label: (lang) => words(lang)('col_votes'), kind: 'int', value: (r) => r.votes },
		{ key: 'pct', label: (lang) => words(lang)('col_pct'), kind: 'pct', value: (r) => r.pct },
		{ key: 'apart', value: (r) => r.apart }
	]
});
