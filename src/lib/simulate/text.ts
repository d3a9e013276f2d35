/**
 * The simulator's generated words: the sentences under the chamber (explain.ts), the chart's
 * title and description (chart.ts), the input's source lines and omissions (pages/simulate.ts)
 * and the notes on a wrong address (query.ts). The words are in the ICU catalogue
 * i18n/simulate/messages.json (plurals and agreement written there); this module only fills in
 * the arguments, so the browser carries just the page's language (see text.ts's `loadText`).
 *
 * Kazakh and Russian sentences keep party names in the nominative (after a colon or before a
 * verb), because names cannot be declined reliably by rule.
 */
import type { Lang } from '$lib/data/types';
import type { Method } from '$lib/electoral/allocate';
import { formatList, formatPct, formatSigned } from '$lib/format';
import { translator, type MessageKey } from '$lib/i18n/text';
import type { Chamber, Design, SmdCount } from './model';

/** "7", "5.5" (as in the address) → "7%", "5,5%" (kk), "5,5 %" (ru). */
export function thresholdText(pct: number, lang: Lang): string {
	const t = Math.round(pct * 10) / 10;
	if (lang === 'en') return `${t}%`;
	return formatPct(t, Number.isInteger(t) ? 0 : 1, lang);
}

/** Exact proportional seats with two decimals: "6.80" / "6,80". */
export function decimal2(n: number, lang: Lang): string {
	const s = n.toFixed(2);
	return lang === 'en' ? s : s.replace('.', ',');
}

/** Names that read with "the" in an English sentence (the catalogue's `sim_named`). */
const WITH_ARTICLE = new Set(['ppk', 'patriots', 'aist', 'opp_communists_dck', 'apk']);

const METHOD_KEY = {
	hare: 'hare',
	dhondt: 'dhondt',
	'sainte-lague': 'sainte_lague'
} as const satisfies Record<Method, string>;

const yes = (flag: boolean) => (flag ? 'yes' : 'no');

/** The chamber a design makes: the Kurultai, or the Majilis for its three designs. */
const houseOf = (d: Design) => (d === 'kurultai' ? 'kurultai' : 'majilis');

/** The chamber's kind for `sim_chamber_phrase` (a chamber has single-mandate or Assembly seats, not both). */
const chamberKind = (c: Chamber) => (c.smd ? 'smd' : c.assembly ? 'assembly' : 'list');

export interface SimText {
	/** "a, b and c" */
	joinList: (items: string[]) => string;
	/** The self-nominated as a group inside a sentence. */
	selfNominated: string;
	/** A party's name as it reads inside a sentence ("the People's Party" in English). */
	article: (id: string, name: string) => string;
	pct: (n: number | null) => string;
	signed: (n: number) => string;
	methodPhrase: (m: Method) => string;
	/** "69 list and 29 single-mandate seats" */
	chamberPhrase: (c: Chamber) => string;
	/** A changed rule, as it reads after the opening of `withRules`. */
	thresholdRule: (t: string) => string;
	/** The election's own threshold, in the parentheses of `sameRules`. */
	thresholdOwn: (t: string) => string;
	methodRule: (m: Method) => string;
	designRule: (d: Design, c: Chamber) => string;
	sameRules: (id: string, rules: string, same: boolean) => string;
	withRules: (rules: string, outcome: string) => string;
	stayOut: (names: string, plural: boolean) => string;
	getIn: (names: string, plural: boolean, design: Design) => string;
	keepAll: (clauses: string) => string;
	outsGiveTo: (clauses: string, plural: boolean, seats: number, gains: string) => string;
	insTakeFrom: (clauses: string, seats: number, losses: string) => string;
	clausesThen: (clauses: string, flows: string) => string;
	move: (seats: number, losses: string, gains: string) => string;
	gainLose: (
		gains: string | null,
		gainsPlural: boolean,
		losses: string | null,
		lossesPlural: boolean
	) => string;
	noneOver: string;
	onlyOne: (name: string) => string;
	size: (total: number, elected: number) => string;
	majority: (a: {
		name: string;
		seats: number;
		total: number;
		need: number;
		elected: number | null;
		holds: boolean;
	}) => string;
	/** The chart. */
	chartTitle: (id: string, t: string, method: Method, total: number, design: Design) => string;
	chartDesc: (a: {
		id: string;
		design: Design;
		t: string;
		method: Method;
		chamber: Chamber;
		parties: string;
		majority: number;
		total: number;
		counted: SmdCount | null;
	}) => string;
	/** The input. */
	sourceVotes: (id: string, sources: string) => string;
	sourceMembership: (sources: string) => string;
	recomputed: string;
	/** The sources of the Kurultai design, for the chart's source line. */
	sourceKurultai: (sources: string) => string;
	omittedShares: (id: string) => string;
	omittedDesign: (id: string) => string;
	/** Notes on values in the address that were ignored or adjusted. */
	ignored: (key: string, value: string, why: string) => string;
	rounded: (given: string, used: string) => string;
	badElection: (have: string, showing: string) => string;
	omittedShowing: (reason: string, showing: string) => string;
	badThreshold: (min: number, max: number, id: string, t: string, design: Design) => string;
	badMethod: (methods: string) => string;
	noMixed: (id: string) => string;
	badDesign: (designs: string, id: string) => string;
	badSmd: (counts: readonly [string, string]) => string;
}

/** The simulator's words in `lang`, from the catalogue. */
export function simText(lang: Lang): SimText {
	const m = translator(lang);
	const method = (prefix: 'phrase' | 'rule' | 'short', k: Method) =>
		m(`sim_method_${prefix}_${METHOD_KEY[k]}` as MessageKey);
	const chamberPhrase = (c: Chamber) => m('sim_chamber_phrase', { design: chamberKind(c), ...c });
	return {
		joinList: (items) => formatList(items, lang),
		selfNominated: m('sim_group_self_nominated'),
		article: (id, name) => m('sim_named', { name, article: yes(WITH_ARTICLE.has(id)) }),
		pct: (n) => formatPct(n, 2, lang),
		signed: (n) => formatSigned(n, lang),
		methodPhrase: (k) => method('phrase', k),
		chamberPhrase,
		thresholdRule: (threshold) => m('sim_threshold_rule', { threshold }),
		thresholdOwn: (threshold) => m('sim_threshold_own', { threshold }),
		methodRule: (k) => method('rule', k),
		designRule: (d, c) => m(`sim_design_rule_${d}`, { ...c }),
		sameRules: (id, rules, same) => m('sim_same_rules', { id, rules, same: yes(same) }),
		withRules: (rules, outcome) => m('sim_with_rules', { rules, outcome }),
		stayOut: (names, plural) => m('sim_stay_out', { names, plural: yes(plural) }),
		getIn: (names, plural, design) =>
			m(houseOf(design) === 'kurultai' ? 'sim_get_in_kurultai' : 'sim_get_in', {
				names,
				plural: yes(plural)
			}),
		keepAll: (clauses) => (clauses ? m('sim_keep_all_but', { clauses }) : m('sim_keep_all')),
		outsGiveTo: (clauses, plural, n, gains) =>
			m('sim_outs_give_to', { clauses, plural: yes(plural), n, gains }),
		insTakeFrom: (clauses, n, losses) => m('sim_ins_take_from', { clauses, n, losses }),
		clausesThen: (clauses, flows) => (clauses ? `${clauses}; ${flows}` : flows),
		move: (n, losses, gains) => m('sim_move', { n, losses, gains }),
		gainLose: (gains, gp, losses, lp) => {
			const g = gains && m('sim_gain', { names: gains, plural: yes(gp) });
			const l = losses && m('sim_lose', { names: losses, plural: yes(lp) });
			return g && l ? m('sim_gain_lose', { gains: g, losses: l }) : (g ?? l ?? '');
		},
		noneOver: m('sim_none_over'),
		onlyOne: (name) => m('sim_only_one', { name }),
		size: (total, elected) => m('sim_size', { total, elected }),
		majority: (a) =>
			m('sim_majority', {
				...a,
				holds: yes(a.holds),
				changed: yes(a.elected !== null)
			}),
		chartTitle: (id, threshold, k, total, design) =>
			m('sim_chart_title', {
				id,
				threshold,
				method: method('short', k),
				total,
				house: houseOf(design)
			}),
		chartDesc: (a) =>
			[
				m('sim_chart_desc', {
					id: a.id,
					house: houseOf(a.design),
					threshold: a.t,
					method: method('phrase', a.method),
					chamber: chamberPhrase(a.chamber),
					parties: a.parties,
					majority: a.majority,
					total: a.total
				}),
				a.counted ? m('sim_chart_desc_counted', { count: a.counted }) : ''
			]
				.filter(Boolean)
				.join(' '),
		sourceVotes: (id, sources) => m('sim_source_votes', { id, sources }),
		sourceMembership: (sources) => m('sim_source_membership', { sources }),
		recomputed: m('sim_recomputed'),
		sourceKurultai: (sources) => m('sim_source_kurultai', { sources }),
		omittedShares: (id) => m('sim_omitted_shares', { id }),
		omittedDesign: (id) => m('sim_omitted_design', { id }),
		ignored: (key, value, why) => m('sim_ignored', { key, value, why }),
		rounded: (given, used) => m('sim_rounded', { given, used }),
		badElection: (have, showing) => m('sim_bad_election', { have, showing }),
		// The reason is a whole sentence elsewhere (HowItCounts); here it continues one.
		omittedShowing: (reason, showing) =>
			m('sim_omitted_showing', {
				reason: `${reason.charAt(0).toLowerCase()}${reason.slice(1)}`,
				showing
			}),
		badThreshold: (min, max, id, threshold, design) =>
			m('sim_bad_threshold', { min, max, id, threshold, design }),
		badMethod: (methods) => m('sim_bad_method', { methods }),
		noMixed: (id) => m('sim_no_mixed', { id }),
		badDesign: (designs, id) => m('sim_bad_design', { designs, id }),
		badSmd: ([a, b]) => m('sim_bad_smd', { a, b })
	};
}
