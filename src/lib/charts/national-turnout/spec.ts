/**
 * Turnout at every national vote since 1991 (presidential, parliamentary, referendum), by date,
 * with the lowest found from the data and flagged. A vote without a turnout in the data (the
 * Kurultai election as called) has no mark, and its table row says so.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import type { Lang } from '$lib/data/types';
import type { NationalVote, VoteKind } from '$lib/data/national-votes';
import { FILES } from '$lib/data/files';
import type { Dataset } from '$lib/data/types';
import { localize } from '$lib/i18n/lang';
import { pathOf } from '../ballot/pages';
import { formatDate, formatPct } from '$lib/format';
import { catalogue } from '$lib/i18n/text';
import { layoutLegend, withNote, type PlacedLegendItem } from '../legend';
import { round2 } from '../round';
import { catalogEntry, sourceLine } from '../source-line';
import { defineChart } from '../spec';
import type raw from './messages.json';
import compiled from './messages.json?icu&server';
import NationalTurnout from './NationalTurnout.svelte';

const words = catalogue<keyof typeof raw.en>(compiled);

/** How a vote is marked: elections of a head of state, of a parliament, and referendums. */
export type Family = 'presidential' | 'parliamentary' | 'referendum';
export const FAMILY: Record<VoteKind, Family> = {
	presidential: 'presidential',
	'supreme-council': 'parliamentary',
	majilis: 'parliamentary',
	kurultai: 'parliamentary',
	referendum: 'referendum'
};
export const FAMILY_STYLE: Record<Family, { colour: string; shape: 'dot' | 'square' | 'ring' }> = {
	presidential: { colour: '#0077BB', shape: 'dot' },
	parliamentary: { colour: '#CC3311', shape: 'square' },
	referendum: { colour: '#009988', shape: 'ring' }
};

export interface VoteMark {
	id: string;
	family: Family;
	x: number;
	y: number;
	lowest: boolean;
	tip: string;
}

export interface NationalTurnoutData {
	width: number;
	height: number;
	x0: number;
	x1: number;
	/** Gridlines of the turnout axis. */
	grid: { y: number; label: string }[];
	/** Year ticks of the time axis. */
	ticks: { x: number; label: string }[];
	axisY: number;
	marks: VoteMark[];
	/** The reference line at the lowest turnout, with its label. */
	lowest: { y: number; label: string; labelX: number };
	legend: PlacedLegendItem[];
	fontSize: number;
	r: number;
}

export interface VoteRow {
	id: string;
	name: string;
	date: string;
	kind: VoteKind;
	/** "Kassym-Jomart Tokayev 81.31%" or "Yes 87.15%", where the data has it. */
	result: string | null;
	turnout: number | null;
	status: string;
	source: string;
	/** The vote's page on this site (without the language prefix), or null where there is none. */
	page: string | null;
}

const WIDTH = 640;
const M = { top: 30, right: 16, bottom: 30, left: 44 };
const PLOT_HEIGHT = 260;
const FONT = 12;

const kindKey = (k: VoteKind) => k.replace('-', '_');

export function voteName(v: NationalVote, lang: Lang): string {
	return words(lang)('vote', { kind: kindKey(v.kind), date: formatDate(v.date, lang) });
}

/** The winning candidate, or the yes share of a referendum, as the data gives it. */
function result(v: NationalVote, lang: Lang): string | null {
	const say = words(lang);
	const yes = v.options.find((o) => /^yes\b/i.test(o.option));
	const top = [...v.options]
		.filter((o) => o.pct !== null && !/against|invalid/i.test(o.option))
		.sort((a, b) => b.pct! - a.pct!)[0];
	const pick = v.kind === 'referendum' ? yes : v.kind === 'presidential' ? top : undefined;
	if (!pick || pick.pct === null) return null;
	const pct = formatPct(pick.pct, 2, lang);
	// A referendum's answer is a word of ours; a candidate's name is as the data writes it.
	return pick === yes ? say('yes', { pct }) : say('result', { option: pick.option, pct });
}

/**
 * The page of a vote: presidential elections and referendums have their own; a Majilis election
 * is the overview (the latest) or its comparison with the latest; other votes have none.
 */
export function votePage(v: NationalVote, data: Dataset): string | null {
	const own = pathOf(v, data);
	if (own || v.kind !== 'majilis') return own;
	const election = data.elections.find((e) => e.date === v.date);
	const latest = [...data.elections].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
	if (!election || !latest) return null;
	return election === latest ? '/' : `/compare/${election.id}-${latest.id}/`;
}

/** The votes with a turnout, lowest first. */
export function byTurnout(votes: NationalVote[]): NationalVote[] {
	return votes.filter((v) => v.turnoutPct !== null).sort((a, b) => a.turnoutPct! - b.turnoutPct!);
}

export const nationalTurnout = defineChart({
	id: 'national-turnout',
	component: NationalTurnout,
	build(data, lang) {
		const say = words(lang);
		const votes = data.nationalVotes;
		const known = votes.filter((v) => v.turnoutPct !== null);
		const [lowest, second] = byTurnout(votes);
		if (!lowest || !second) throw new Error('national-turnout needs two votes with a turnout');
		const first = known[0]!;
		const last = votes.at(-1)!;
		const pct = (v: NationalVote) => formatPct(v.turnoutPct, 2, lang);

		const x = scaleUtc()
			.domain([new Date(Date.UTC(first.year, 0, 1)), new Date(Date.UTC(last.year + 1, 0, 1))])
			.range([M.left, WIDTH - M.right]);
		const y = scaleLinear()
			.domain([0, 100])
			.range([M.top + PLOT_HEIGHT, M.top]);
		const at = (iso: string) => round2(x(new Date(`${iso}T00:00:00Z`)));
		const marks: VoteMark[] = known.map((v) => ({
			id: v.id,
			family: FAMILY[v.kind],
			x: at(v.date),
			y: round2(y(v.turnoutPct!)),
			lowest: v === lowest,
			tip: say('tip', { vote: voteName(v, lang), pct: pct(v), lowest: v === lowest ? 'yes' : 'no' })
		}));
		const axisY = M.top + PLOT_HEIGHT;
		const families: Family[] = ['presidential', 'parliamentary', 'referendum'];
		const legend = layoutLegend(
			families.map((f) => ({
				key: f,
				label: say('kind', { kind: f }),
				colour: FAMILY_STYLE[f].colour,
				shape: FAMILY_STYLE[f].shape
			})),
			WIDTH,
			{ y: axisY + M.bottom + 8, fontSize: FONT }
		);
		const lowestY = round2(y(lowest.turnoutPct!));
		const chart: NationalTurnoutData = {
			width: WIDTH,
			height: Math.round(axisY + M.bottom + 8 + legend.height),
			x0: M.left,
			x1: WIDTH - M.right,
			grid: y.ticks(4).map((t) => ({ y: round2(y(t)), label: formatPct(t, 0, lang) })),
			ticks: x.ticks(8).map((d) => ({ x: round2(x(d)), label: String(d.getUTCFullYear()) })),
			axisY,
			marks,
			lowest: {
				y: lowestY,
				label: say('lowest_label', { pct: pct(lowest), vote: voteName(lowest, lang) }),
				labelX: M.left + 4
			},
			legend: legend.items,
			fontSize: FONT,
			r: 5
		};
		const rows: VoteRow[] = votes.map((v) => ({
			id: v.id,
			name: voteName(v, lang),
			date: v.date,
			kind: v.kind,
			result: result(v, lang),
			turnout: v.turnoutPct,
			status: say('status', { status: v.status }),
			source: v.source,
			page: votePage(v, data)
		}));
		return {
			meta: {
				id: 'national-turnout',
				lang,
				title: say('title', { first: first.year, last: last.year }),
				desc: say('desc', {
					count: known.length,
					first: first.year,
					list: known.map((v) => `${v.year} ${pct(v)}`).join(', '),
					lowest: voteName(lowest, lang),
					lowestPct: pct(lowest),
					second: voteName(second, lang),
					secondPct: pct(second)
				}),
				source: sourceLine(catalogEntry(data, FILES.nationalVotes).sources)
			},
			data: withNote(chart, say('note')),
			rows,
			caption: say('caption')
		};
	},
	columns: [
		{ key: 'vote_id', value: (r) => r.id },
		{
			key: 'vote',
			label: (lang) => words(lang)('col_vote'),
			value: (r) => r.name,
			href: (r, lang) => (r.page ? localize(r.page, lang) : null)
		},
		{ key: 'date', value: (r) => r.date },
		{ key: 'kind', value: (r) => r.kind },
		{ key: 'winner_or_yes', label: (lang) => words(lang)('col_result'), value: (r) => r.result },
		{
			key: 'turnout_pct',
			label: (lang) => words(lang)('col_turnout'),
			kind: 'pct',
			value: (r) => r.turnout
		},
		{ key: 'status', label: (lang) => words(lang)('col_status'), value: (r) => r.status },
		{ key: 'source', value: (r) => r.source }
	]
});
