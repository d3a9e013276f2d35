/**
 * The simulator's generated words in each language: the sentences under the chamber (explain.ts),
 * the chart's title and description (chart.ts), the input's source lines and omissions
 * (pages/simulate.ts) and the notes on a wrong address (query.ts). Every language implements the
 * whole interface (TypeScript checks it). Party names arrive in the language; numbers are
 * formatted here with format.ts, so Kazakh and Russian get decimal commas.
 *
 * Kazakh and Russian sentences keep party names in the nominative (after a colon or before a
 * verb), because names cannot be declined reliably by rule.
 */
import type { Lang } from '$lib/data/types';
import type { Method } from '$lib/electoral/allocate';
import { formatPct, formatSigned } from '$lib/format';
import { ruPlural } from '$lib/i18n/chart-text';
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

const ruSeats = (n: number) => `${n} ${ruPlural(n, 'мандат', 'мандата', 'мандатов')}`;
/** After "из": из 21 мандата, из 98 мандатов. */
const ruOfSeats = (n: number) => `${n} ${ruPlural(n, 'мандата', 'мандатов', 'мандатов')}`;

export interface SimText {
	/** "a, b and c" */
	joinList: (items: string[]) => string;
	/** The self-nominated as a group inside a sentence. */
	selfNominated: string;
	/** Party names that read with "the" in an English sentence. */
	article: (id: string, name: string) => string;
	pct: (n: number | null) => string;
	signed: (n: number) => string;
	methodPhrase: (m: Method) => string;
	methodShort: Record<Method, string>;
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
	getIn: (names: string, plural: boolean) => string;
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
	chartTitle: (id: string, t: string, method: Method, total: number) => string;
	chartDesc: (a: {
		id: string;
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
	omittedShares: (id: string) => string;
	omittedDesign: (id: string) => string;
	/** Notes on values in the address that were ignored or adjusted. */
	ignored: (key: string, value: string, why: string) => string;
	rounded: (given: string, used: string) => string;
	badElection: (have: string, showing: string) => string;
	omittedShowing: (reason: string, showing: string) => string;
	badThreshold: (min: number, max: number, id: string, t: string) => string;
	badMethod: (methods: string) => string;
	noMixed: (id: string) => string;
	badDesign: (designs: string, id: string) => string;
	badSmd: (counts: string) => string;
}

const joinWith = (and: string) => (items: string[]) =>
	items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

const EN_METHOD: Record<Method, string> = {
	hare: 'Hare',
	dhondt: "D'Hondt",
	'sainte-lague': 'Sainte-Laguë'
};
/** Names that read with "the" in a sentence. */
const WITH_ARTICLE = new Set(['ppk', 'patriots', 'aist', 'opp_communists_dck', 'apk']);
const enSeats = (n: number) => `${n} seat${n === 1 ? '' : 's'}`;

const en: SimText = {
	joinList: joinWith('and'),
	selfNominated: 'the self-nominated',
	article: (id, name) => (WITH_ARTICLE.has(id) ? `the ${name}` : name),
	pct: (n) => formatPct(n),
	signed: (n) => formatSigned(n),
	methodPhrase: (m) =>
		m === 'hare'
			? 'largest remainders with the Hare quota'
			: `${m === 'dhondt' ? "D'Hondt" : 'Sainte-Laguë'}'s divisors`,
	methodShort: EN_METHOD,
	chamberPhrase: (c) => {
		const parts = [
			`${c.list} list`,
			c.smd ? `${c.smd} single-mandate` : '',
			c.assembly ? `${c.assembly} Assembly` : ''
		].filter(Boolean);
		return `${joinWith('and')(parts)} seats`;
	},
	thresholdRule: (t) => `a ${t} threshold`,
	thresholdOwn: (t) => `a ${t} threshold`,
	methodRule: (m) => en.methodPhrase(m),
	designRule: (d, c) =>
		d === 'mixed'
			? `${c.list} list seats plus the ${c.smd} single-mandate seats as elected`
			: d === 'list'
				? `all ${c.list} seats filled from the party lists`
				: `${c.list} list seats plus ${c.assembly} chosen by the Assembly of the People`,
	sameRules: (id, rules, same) =>
		`These are the rules of the ${id} election (${rules})${same ? ', and they give exactly the seats as elected.' : '.'}`,
	withRules: (rules, outcome) => `With ${rules}, ${outcome}.`,
	stayOut: (names, plural) => `${names} ${plural ? 'stay' : 'stays'} out`,
	getIn: (names, plural) => `${names} ${plural ? 'get' : 'gets'} in`,
	keepAll: (clauses) => `${clauses ? `${clauses}, but ` : ''}every party keeps the seats it won`,
	outsGiveTo: (clauses, plural, n, gains) =>
		`${clauses}, and ${plural ? 'their' : 'its'} ${enSeats(n)} go to ${gains}`,
	insTakeFrom: (clauses, n, losses) => `${clauses}, taking ${enSeats(n)} from ${losses}`,
	clausesThen: (clauses, flows) => `${clauses ? `${clauses}; ` : ''}${flows}`,
	move: (n, losses, gains) =>
		`${enSeats(n)} ${n === 1 ? 'moves' : 'move'} from ${losses} to ${gains}`,
	gainLose: (gains, gp, losses, lp) =>
		[
			gains ? `${gains} ${gp ? 'gain' : 'gains'} seats` : '',
			losses ? `${losses} ${lp ? 'lose' : 'loses'} seats` : ''
		]
			.filter(Boolean)
			.join(', and '),
	noneOver: 'No party reaches the threshold, so no list seat is filled.',
	onlyOne: (name) => `Only ${name} passes the threshold and takes every list seat.`,
	size: (total, elected) => `The chamber has ${total} seats instead of ${elected}.`,
	majority: (a) =>
		`${a.name} ${a.holds ? 'holds a majority with' : 'falls short of a majority with'} ${a.seats} of ${a.total} seats (${a.need} needed${a.elected !== null ? `; ${a.elected} as elected` : ''}).`,
	chartTitle: (id, t, m, total) => `${id} votes, ${t} threshold, ${EN_METHOD[m]}: ${total} seats`,
	chartDesc: (a) =>
		`The Majilis the ${a.id} party-list votes give with a ${a.t} threshold, ${en.methodPhrase(a.method)} and ${en.chamberPhrase(a.chamber)}. One dot per seat, by party, left to right: ${a.parties}; ${a.majority} of ${a.total} make a majority.${a.counted ? ` Single-mandate seats are kept as elected, counted by ${a.counted}.` : ''}`,
	sourceVotes: (id, s) => `${id} votes and seats: ${s}`,
	sourceMembership: (s) => `party membership of single-mandate winners: ${s}`,
	recomputed: 'seats recomputed by Sailau',
	omittedShares: (id) =>
		`${id} is left out because only vote shares were published for it, not vote counts`,
	omittedDesign: (id) => `${id} is left out because its chamber fits none of the designs`,
	ignored: (key, value, why) => `Ignored ${key}=${value} in the address: ${why}.`,
	rounded: (given, used) => `The threshold ${given}% was rounded to ${used}.`,
	badElection: (have, showing) => `the simulator has ${have}; showing ${showing}`,
	omittedShowing: (reason, showing) => `${reason}; showing ${showing}`,
	badThreshold: (min, max, id, t) =>
		`the threshold must be a number from ${min} to ${max}; using ${id}'s ${t}`,
	badMethod: (methods) => `the method is one of ${methods}; using largest remainders (Hare quota)`,
	noMixed: (id) => `${id} had no single-mandate seats to keep; using its own design`,
	badDesign: (designs, id) => `the chamber design is one of ${designs}; using ${id}'s own`,
	badSmd: (counts) => `single-mandate seats are counted by ${counts}`
};

const KK_METHOD: Record<Method, string> = {
	hare: 'Хэр',
	dhondt: 'Д’Ондт',
	'sainte-lague': 'Сент-Лагю'
};
const kkMethod = (m: Method) =>
	m === 'hare' ? 'Хэр квотасымен ең үлкен қалдық әдісі' : `${KK_METHOD[m]} бөлгіштері`;
const kkChamber = (c: Chamber) =>
	c.smd
		? `партиялық тізім бойынша ${c.list} және бір мандатты округтерден ${c.smd} мандат`
		: c.assembly
			? `партиялық тізім бойынша ${c.list} және Ассамблеядан ${c.assembly} мандат`
			: `партиялық тізім бойынша ${c.list} мандат`;

const kk: SimText = {
	joinList: joinWith('және'),
	selfNominated: 'өзін-өзі ұсынғандар',
	article: (_id, name) => name,
	pct: (n) => formatPct(n, 2, 'kk'),
	signed: (n) => formatSigned(n, 'kk'),
	methodPhrase: kkMethod,
	methodShort: KK_METHOD,
	chamberPhrase: kkChamber,
	thresholdRule: (t) => `${t} сайлау табалдырығы`,
	thresholdOwn: (t) => `${t} сайлау табалдырығы`,
	methodRule: kkMethod,
	designRule: (d, c) =>
		d === 'mixed'
			? `партиялық тізім бойынша ${c.list} мандат пен сайлаудағыдай сақталған бір мандатты округтердің ${c.smd} мандаты`
			: d === 'list'
				? `барлық ${c.list} мандатты партиялық тізімдер бойынша бөлу`
				: `партиялық тізім бойынша ${c.list} мандат пен Қазақстан халқы Ассамблеясы сайлайтын ${c.assembly} мандат`,
	sameRules: (id, rules, same) =>
		`Бұл — ${id} жылғы сайлаудың өз ережелері (${rules})${same ? '; олар сайлауда алынған мандаттарды дәл қайталайды.' : '.'}`,
	withRules: (rules, outcome) => `Егер ${rules} қолданылса, ${outcome}.`,
	stayOut: (names) => `${names} табалдырықтан өтпейді`,
	getIn: (names) => `${names} Мәжіліске өтеді`,
	keepAll: (clauses) => `${clauses ? `${clauses}, бірақ ` : ''}әр партия өз мандаттарын сақтайды`,
	outsGiveTo: (clauses, _plural, n, gains) =>
		`${clauses}; босаған ${n} мандат былай бөлінеді: ${gains}`,
	insTakeFrom: (clauses, n, losses) => `${clauses}; ${n} мандатты беретіндер: ${losses}`,
	clausesThen: (clauses, flows) => `${clauses ? `${clauses}; ` : ''}${flows}`,
	move: (n, losses, gains) => `${n} мандат ауысады: ${losses} → ${gains}`,
	gainLose: (gains, _gp, losses) =>
		[gains ? `мандат алатындар: ${gains}` : '', losses ? `мандат жоғалтатындар: ${losses}` : '']
			.filter(Boolean)
			.join('; '),
	noneOver:
		'Бірде-бір партия табалдырықтан өтпейді, сондықтан партиялық тізім бойынша мандаттар бөлінбейді.',
	onlyOne: (name) =>
		`Табалдырықтан тек ${name} өтеді және партиялық тізім бойынша барлық мандатты алады.`,
	size: (total, elected) => `Палатада ${elected} емес, ${total} мандат болады.`,
	majority: (a) =>
		`${a.name}: ${a.total} мандаттың ${a.seats} мандаты, ${a.holds ? 'бұл — көпшілік' : 'бұл көпшілікке жетпейді'} (көпшілікке ${a.need} мандат қажет${a.elected !== null ? `; сайлауда — ${a.elected}` : ''}).`,
	chartTitle: (id, t, m, total) =>
		`${id} жылғы дауыстар, ${t} табалдырық, ${KK_METHOD[m]}: ${total} мандат`,
	chartDesc: (a) =>
		`${a.id} жылғы партиялық тізімдерге берілген дауыстар бойынша Мәжіліс: ${a.t} сайлау табалдырығы, ${kkMethod(a.method)}, ${kkChamber(a.chamber)}. Бір нүкте — бір мандат, партиялар солдан оңға қарай: ${a.parties}; көпшілікке ${a.total} мандаттың ${a.majority} мандаты қажет.${a.counted ? ` Бір мандатты округтердің мандаттары сайлаудағыдай сақталып, ${a.counted === 'membership' ? 'партиялық мүшелік' : 'ұсыну'} бойынша есептелген.` : ''}`,
	sourceVotes: (id, s) => `${id} жылғы дауыстар мен мандаттар: ${s}`,
	sourceMembership: (s) => `бір мандатты округ жеңімпаздарының партиялық мүшелігі: ${s}`,
	recomputed: 'мандаттарды Sailau қайта есептеді',
	omittedShares: (id) =>
		`${id} жылғы сайлау қамтылмаған: ол бойынша дауыстардың саны емес, тек үлесі жарияланған`,
	omittedDesign: (id) =>
		`${id} жылғы сайлау қамтылмаған: оның палатасы ешбір құрылымға сәйкес келмейді`,
	ignored: (key, value, why) => `Мекенжайдағы ${key}=${value} ескерілмеді: ${why}.`,
	rounded: (given, used) => `${given}% табалдырығы ${used} дейін дөңгелектенді.`,
	badElection: (have, showing) => `симуляторда ${have} сайлаулары бар; ${showing} көрсетілді`,
	omittedShowing: (reason, showing) => `${reason}; ${showing} көрсетілді`,
	badThreshold: (min, max, id, t) =>
		`табалдырық ${min} мен ${max} аралығындағы сан болуы керек; ${id} жылғы ${t} қолданылды`,
	badMethod: (methods) =>
		`әдіс мыналардың бірі: ${methods}; Хэр квотасымен ең үлкен қалдық әдісі қолданылды`,
	noMixed: (id) =>
		`${id} жылы сақтайтын бір мандатты округтер болған жоқ; сол сайлаудың өз құрылымы қолданылды`,
	badDesign: (designs, id) =>
		`палата құрылымы мыналардың бірі: ${designs}; ${id} жылғы өз құрылымы қолданылды`,
	badSmd: (counts) => `бір мандатты округтердің мандаттары ${counts} бойынша есептеледі`
};

const RU_METHOD: Record<Method, string> = {
	hare: 'Хэр',
	dhondt: 'д’Ондт',
	'sainte-lague': 'Сент-Лагю'
};
const RU_METHOD_GEN: Record<Method, string> = {
	hare: 'Хэра',
	dhondt: 'д’Ондта',
	'sainte-lague': 'Сент-Лагю'
};
const ruMethod = (m: Method) =>
	m === 'hare' ? 'наибольшие остатки по квоте Хэра' : `делители ${RU_METHOD_GEN[m]}`;
const ruChamber = (c: Chamber) =>
	`${ruSeats(c.list)} по спискам${c.smd ? ` и ${c.smd} по одномандатным округам` : ''}${c.assembly ? ` и ${c.assembly} от Ассамблеи` : ''}`;

const ru: SimText = {
	joinList: joinWith('и'),
	selfNominated: 'самовыдвиженцы',
	article: (_id, name) => name,
	pct: (n) => formatPct(n, 2, 'ru'),
	signed: (n) => formatSigned(n, 'ru'),
	methodPhrase: ruMethod,
	methodShort: RU_METHOD,
	chamberPhrase: ruChamber,
	// After "При": prepositional case.
	thresholdRule: (t) => `проходном барьере ${t}`,
	thresholdOwn: (t) => `проходной барьер ${t}`,
	methodRule: (m) =>
		m === 'hare' ? 'наибольших остатках по квоте Хэра' : `делителях ${RU_METHOD_GEN[m]}`,
	designRule: (d, c) =>
		d === 'mixed'
			? `${c.list} мандатах по спискам и ${c.smd} одномандатных, сохранённых по итогам выборов`
			: d === 'list'
				? `распределении всех ${ruOfSeats(c.list)} по партийным спискам`
				: `${c.list} мандатах по спискам и ${c.assembly}, избираемых Ассамблеей народа Казахстана`,
	sameRules: (id, rules, same) =>
		`Это правила выборов ${id} года (${rules})${same ? ', и они дают ровно те мандаты, что были получены на выборах.' : '.'}`,
	withRules: (rules, outcome) => `При ${rules}, ${outcome}.`,
	stayOut: (names, plural) =>
		`${names} ${plural ? 'остаются' : 'остаётся'} без мандатов по спискам`,
	getIn: (names, plural) => `${names} ${plural ? 'проходят' : 'проходит'} в Мажилис`,
	keepAll: (clauses) => `${clauses ? `${clauses}, но ` : ''}каждая партия сохраняет свои мандаты`,
	outsGiveTo: (clauses, _plural, n, gains) =>
		`${clauses}; освободившиеся мандаты (${n}) получают: ${gains}`,
	insTakeFrom: (clauses, n, losses) => `${clauses}; мандаты (${n}) для этого теряют: ${losses}`,
	clausesThen: (clauses, flows) => `${clauses ? `${clauses}; ` : ''}${flows}`,
	move: (n, losses, gains) =>
		`${ruPlural(n, 'переходит', 'переходят', 'переходят')} ${ruSeats(n)}: ${losses} → ${gains}`,
	gainLose: (gains, _gp, losses) =>
		[gains ? `мандаты получают: ${gains}` : '', losses ? `мандаты теряют: ${losses}` : '']
			.filter(Boolean)
			.join('; '),
	noneOver:
		'Ни одна партия не преодолевает барьер, поэтому мандаты по партийным спискам не распределяются.',
	onlyOne: (name) =>
		`Барьер преодолевает только ${name}, и все мандаты по партийным спискам достаются ей.`,
	size: (total, elected) => `В палате ${ruSeats(total)} вместо ${elected}.`,
	majority: (a) =>
		`${a.name}: ${a.seats} из ${ruOfSeats(a.total)}, ${a.holds ? 'это большинство' : 'это меньше большинства'} (нужно ${a.need}${a.elected !== null ? `; по итогам выборов — ${a.elected}` : ''}).`,
	chartTitle: (id, t, m, total) =>
		`Голоса ${id} года, барьер ${t}, ${RU_METHOD[m]}: ${ruSeats(total)}`,
	chartDesc: (a) =>
		`Мажилис по голосам за партийные списки ${a.id} года: проходной барьер ${a.t}, ${ruMethod(a.method)}, ${ruChamber(a.chamber)}. Одна точка — один мандат, партии слева направо: ${a.parties}; для большинства нужно ${a.majority} из ${ruOfSeats(a.total)}.${a.counted ? ` Мандаты по одномандатным округам сохранены по итогам выборов и учтены ${a.counted === 'membership' ? 'по партийной принадлежности' : 'по выдвижению'}.` : ''}`,
	sourceVotes: (id, s) => `голоса и мандаты ${id} года: ${s}`,
	sourceMembership: (s) => `партийная принадлежность победителей в одномандатных округах: ${s}`,
	recomputed: 'мандаты пересчитаны Sailau',
	omittedShares: (id) =>
		`Выборы ${id} года не включены: по ним опубликованы только доли голосов, а не число голосов`,
	omittedDesign: (id) =>
		`Выборы ${id} года не включены: состав их палаты не подходит ни под одну из схем`,
	ignored: (key, value, why) => `Параметр ${key}=${value} в адресе не учтён: ${why}.`,
	rounded: (given, used) => `Барьер ${given}% округлён до ${used}.`,
	badElection: (have, showing) => `в симуляторе есть выборы ${have}; показаны ${showing}`,
	omittedShowing: (reason, showing) =>
		`${reason[0]!.toLowerCase()}${reason.slice(1)}; показаны ${showing}`,
	badThreshold: (min, max, id, t) =>
		`барьер должен быть числом от ${min} до ${max}; взят барьер ${id} года, ${t}`,
	badMethod: (methods) => `метод — один из: ${methods}; взяты наибольшие остатки (квота Хэра)`,
	noMixed: (id) =>
		`в ${id} году не было одномандатных округов, которые можно сохранить; взята схема тех выборов`,
	badDesign: (designs, id) => `схема палаты — одна из: ${designs}; взята схема ${id} года`,
	badSmd: (counts) => `мандаты по одномандатным округам считаются так: ${counts}`
};

export const SIM_TEXT: Record<Lang, SimText> = { en, kk, ru };
