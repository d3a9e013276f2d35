/**
 * Party-list vote shares as horizontal bars, largest first, with the legal threshold marked and
 * 'against all' set apart below the parties. Runs at build time; the component only draws.
 */
import type { Lang } from '$lib/data/types';
import { translator } from '$lib/i18n/text';
import type { Election } from '$lib/data/types';
import { listContestants } from '$lib/data/derive';
import { formatInt, formatPct } from '$lib/format';
import { partyColour, shortName } from '$lib/parties/style';
import type { PlacedLegendItem, PlacedNote } from '../legend';
import { textWidth } from '../wrap';
import {
	BAR,
	barScale,
	type Tick,
	FONT,
	LABEL_DY,
	LEGEND_GREY,
	legendUnderAxis,
	STEP,
	TOP,
	WIDTH
} from '../bar-scale';
import { tint } from '../contrast';
import { round2 } from '../round';

/** A neutral grey for 'against all', which is no party. 3.4:1 against white. */
export const AGAINST_ALL_COLOUR = '#7a858f';

export interface ShareBar {
	/** Party id, or 'against-all'. */
	id: string;
	label: string;
	pct: number;
	votes: number | null;
	/** Party-list seats won; null for 'against all'. */
	listSeats: number | null;
	colour: string;
	/** The bar's fill: the colour, or a pale tint of it for a party under the threshold. */
	fill: string;
	/** Over the threshold; null for 'against all'. */
	over: boolean | null;
	/** Top of the bar. */
	y: number;
	/** Baseline of the labels beside the bar. */
	labelY: number;
	/** Right end of the bar. */
	x1: number;
	/** Text after the bar (after the threshold line for a bar that ends before it). */
	value: string;
	valueX: number;
	tip: string;
}

export interface VoteShareData {
	width: number;
	height: number;
	fontSize: number;
	/** Left end of every bar; the party names end just before it. */
	x0: number;
	barHeight: number;
	bars: ShareBar[];
	against: ShareBar | null;
	/** y of the thin rule between the parties and 'against all'. */
	separatorY: number | null;
	threshold: { pct: number; x: number; y1: number; y2: number; label: string };
	ticks: (Tick & { label: string })[];
	axisY: number;
	legend: PlacedLegendItem[];
	/** A footnote drawn under the chart in the standalone file. */
	note?: PlacedNote;
}

/** Room after the longest bar for its value. */
const VALUE_ROOM = 58;

/**
 * @param election an election whose list contestants have percentages
 * @param names display name per party id
 */
export function buildVoteShare(
	election: Election,
	names?: (id: string) => string,
	lang: Lang = 'en'
): VoteShareData {
	const m = translator(lang);
	const shareOfVote = (share: string, votes: number | null) =>
		votes === null
			? m('chart_share_of_vote', { share })
			: m('chart_share_of_vote_count', { share, votes: formatInt(votes, lang) });
	const nameOf = names ?? ((id: string) => shortName(id, lang));
	const parties = [...listContestants(election)].sort((a, b) => (b.pct ?? 0) - (a.pct ?? 0));
	const threshold = election.thresholdPct;
	const labels = [...parties.map((p) => nameOf(p.partyId)), m('chart_against_all')];
	const x0 = Math.round(12 + Math.max(...labels.map((l) => textWidth(l, FONT))) + 10);
	const largest = Math.max(threshold, ...parties.map((p) => p.pct ?? 0));
	const scale = barScale(largest, x0, WIDTH - VALUE_ROOM);
	const thresholdText = formatPct(threshold, 0, lang);
	const thresholdX = scale.x(threshold);

	const bars: ShareBar[] = parties.map((p, i) => {
		const pct = p.pct ?? 0;
		const over = pct >= threshold;
		const name = nameOf(p.partyId);
		const share = formatPct(pct, 2, lang);
		return {
			id: p.partyId,
			label: name,
			pct,
			votes: p.votes,
			listSeats: p.listSeats,
			colour: partyColour(p.partyId),
			fill: over ? partyColour(p.partyId) : tint(partyColour(p.partyId), 0.25),
			over,
			y: TOP + i * STEP,
			labelY: round2(TOP + i * STEP + LABEL_DY),
			x1: scale.x(pct),
			valueX: round2(Math.max(scale.x(pct), over ? 0 : thresholdX) + 6),
			value: over ? share : m('chart_under_threshold', { share, threshold: thresholdText }),
			tip: [
				name,
				shareOfVote(share, p.votes),
				over
					? m('chart_list_seats', { n: p.listSeats ?? 0 })
					: m('chart_no_list_seats', { threshold: thresholdText })
			].join('\n')
		};
	});
	const partiesEnd = TOP + parties.length * STEP - (STEP - BAR);

	let against: ShareBar | null = null;
	let separatorY: number | null = null;
	let axisTop = partiesEnd;
	if (election.againstAllPct !== null) {
		separatorY = partiesEnd + 12;
		const y = separatorY + 12;
		const share = formatPct(election.againstAllPct, 2, lang);
		against = {
			id: 'against-all',
			label: m('chart_against_all'),
			pct: election.againstAllPct,
			votes: election.againstAllVotes,
			listSeats: null,
			colour: AGAINST_ALL_COLOUR,
			fill: AGAINST_ALL_COLOUR,
			over: null,
			y,
			labelY: round2(y + LABEL_DY),
			x1: scale.x(election.againstAllPct),
			valueX: round2(scale.x(election.againstAllPct) + 6),
			value: share,
			tip: [
				m('chart_against_all'),
				shareOfVote(share, election.againstAllVotes),
				m('chart_not_a_party')
			].join('\n')
		};
		axisTop = y + BAR;
	}

	const axisY = axisTop + 8 + FONT;
	const legend = legendUnderAxis(
		[
			{
				key: 'over',
				label: m('chart_over_threshold_key', { threshold: thresholdText }),
				colour: LEGEND_GREY,
				shape: 'square'
			},
			{ key: 'under', label: m('chart_under_key'), colour: LEGEND_GREY, shape: 'outline' }
		],
		axisY
	);
	return {
		width: WIDTH,
		height: legend.height,
		fontSize: FONT,
		x0,
		barHeight: BAR,
		bars,
		against,
		separatorY,
		threshold: {
			pct: threshold,
			x: thresholdX,
			y1: TOP - 6,
			y2: partiesEnd + 4,
			label: m('chart_threshold_label', { threshold: thresholdText })
		},
		ticks: scale.ticks.map((t) => ({ ...t, label: formatPct(t.value, 0, lang) })),
		axisY: round2(axisY),
		legend: legend.items
	};
}
