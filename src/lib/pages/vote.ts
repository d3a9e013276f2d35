/**
 * The pages of presidential elections and referendums (/president/…, /referendums/…): the list of
 * votes on the index, and for one vote its ballot figure, its regional turnout maps, the facts
 * beside them (registered, took part, turnout, status), the question and the notes where the
 * sources disagree. Server-side: the figures are drawn here.
 */
import type { Dataset, Lang } from '$lib/data/types';
import type { NationalVote } from '$lib/data/national-votes';
import { figure, type FigureModel } from '$lib/charts/figure.server';
import { president } from '$lib/charts/president/spec';
import { referendum } from '$lib/charts/referendum/spec';
import { voteMap, mappedSeries, seriesState } from '$lib/charts/vote-map/spec';
import { conflictsOf, questionOf, winnerOf } from '$lib/charts/ballot/facts';
import { ballotWords, optionKey } from '$lib/charts/ballot/build';
import { slugOf, votesOf, type PageKind } from '$lib/charts/ballot/pages';
import { voteName } from '$lib/charts/national-turnout/spec';
import { formatDate, formatInt, formatPct } from '$lib/format';
import { translator } from '$lib/i18n/text';
import { pageHead } from '$lib/embed/head.server';

/** "Kassym-Jomart Tokayev 81.31%" or "Yes 87.15%" (our word), or null. */
function headline(vote: NationalVote, lang: Lang): string | null {
	const pick =
		vote.kind === 'presidential'
			? winnerOf(vote)
			: vote.options.find((o) => optionKey(o) === 'yes');
	if (!pick || pick.pct === null) return null;
	const name =
		vote.kind === 'presidential' ? pick.option : ballotWords(lang)('opt', { opt: 'yes' });
	return `${name} ${formatPct(pick.pct, 2, lang)}`;
}

export function voteIndex(data: Dataset, kind: PageKind, lang: Lang) {
	const say = translator(lang);
	return votesOf(data, kind)
		.map((v) => ({
			slug: slugOf(v, data),
			date: formatDate(v.date, lang),
			summary: say('vp_item', {
				result: headline(v, lang) ?? 'none',
				turnout: formatPct(v.turnoutPct, 2, lang)
			})
		}))
		.reverse();
}

export interface VotePageData {
	title: string;
	kind: PageKind;
	facts: { label: string; value: string }[];
	hasResults: boolean;
	ballot: FigureModel;
	maps: FigureModel[];
	question: { text: string; quoted: boolean } | null;
	conflicts: string[];
}

export function votePage(data: Dataset, vote: NationalVote, lang: Lang): VotePageData {
	const say = translator(lang);
	const kind = vote.kind as PageKind;
	const slug = slugOf(vote, data);
	const value = (n: number | null, f: (n: number) => string) =>
		n === null ? say('vp_not_in_dataset') : f(n);
	const spec = kind === 'presidential' ? president : referendum;
	return {
		title: voteName(vote, lang),
		kind,
		facts: [
			{ label: say('vp_turnout'), value: value(vote.turnoutPct, (n) => formatPct(n, 2, lang)) },
			{ label: say('vp_registered'), value: value(vote.registered, (n) => formatInt(n, lang)) },
			{ label: say('vp_cast'), value: value(vote.cast, (n) => formatInt(n, lang)) },
			{ label: say('vp_status'), value: say('vp_status_value', { status: vote.status }) }
		],
		hasResults: vote.options.some((o) => o.votes !== null || o.pct !== null),
		ballot: figure(spec, data, lang, slug),
		maps: mappedSeries(data)
			.filter((s) => s.voteId === vote.id)
			.map((s) => figure(voteMap, data, lang, seriesState(data, s))),
		question: questionOf(vote),
		conflicts: conflictsOf(vote)
	};
}

/** A vote page's head: its ballot chart stands for it, or its first map where no result is known. */
export function voteHead(vote: VotePageData, lang: Lang) {
	const main = vote.hasResults ? vote.ballot.fileId : (vote.maps[0]?.fileId ?? null);
	return pageHead(lang, vote.title, vote.ballot.meta.desc, main);
}

/** The head of an index of votes (/president/, /referendums/): no chart, the site card. */
export function voteIndexHead(kind: PageKind, lang: Lang) {
	const say = translator(lang);
	return kind === 'presidential'
		? pageHead(lang, say('vp_president_title'), say('vp_president_lede'), null)
		: pageHead(lang, say('vp_referendums_title'), say('vp_referendums_lede'), null);
}
