/**
 * The sentences and labels that the compare page's builders write (chart titles and descriptions,
 * the summary, party notes, the electoral systems), in each language. Every language implements
 * the whole interface (TypeScript checks it); numbers and dates arrive formatted for the language.
 * The model carries its language, so the browser rebuilds a pair's view in the page's language.
 */
import type { Lang, SeatsByMethod } from '../data/types';
import { roman, ruPlural } from '../i18n/chart-text';
import { ordinal } from '../format';
import { PAIR_TEXT, type PairText } from './pair-text';

type Outcome = 'kept' | 'won' | 'lost' | 'never';
type Year = [value: string, year: string];

export interface CompareText extends PairText {
	/** "7th Majilis" / "VII шақырылым Мәжілісі" / "Мажилис VII созыва". */
	majilis: (convocation: number) => string;
	/** Picker label: "2021 (7th Majilis)". */
	chamberLabel: (id: string, convocation: number) => string;
	/** Parts of an electoral system: "98 by party list". */
	system: {
		list: (n: number) => string;
		smd: (n: number) => string;
		assembly: (n: number) => string;
	};
	/** "Nur Otan (now Amanat)", "Birlik (later Adal)". */
	nameThen: (then: string, now: string, current: boolean) => string;
	/** Pieces of a party's former-name note, joined with "; ". */
	formerBoth: (name: string, a: string, b: string) => string;
	formerThen: (name: string) => string;
	formerAt: (name: string, year: string) => string;
	/** "merged into Otan (now Amanat) in 2006". */
	mergedInto: (into: string, year: string) => string;
	mergedLater: (now: string) => string;
	/** The 2023 count by nomination, as a label. */
	byNomination: string;
	/** "party membership: Eurasianet (2023-03)" in a source line. */
	membershipSource: (sources: string) => string;
	hemicycleTitle: (id: string, convocation: number, seats: number) => string;
	hemicycleDesc: (a: {
		date: string;
		parties: string;
		system: string;
		majority: number;
		counted: string;
	}) => string;
	/** Appended to a hemicycle's description where a chamber has two counts. */
	hemicycleCounted: (counts: string) => string;
	seatChangeTitle: (a: string, b: string) => string;
	seatChangeDesc: (a: {
		a: string;
		b: string;
		convA: number;
		convB: number;
		seatsA: number;
		seatsB: number;
		rows: string;
	}) => string;
	/** The summary's first sentence, on the largest party of the earlier chamber. */
	lead: (a: {
		party: string;
		change: number;
		a: string;
		b: string;
		seatsA: number;
		seatsB: number;
		totalA: number;
		totalB: number;
		shareA: string;
		shareB: string;
		/** The other count of each chamber, if any: "62". */
		altA: number | null;
		altB: number | null;
		outcome: Outcome;
		majority: number;
	}) => string;
	/** "The chamber shrank from 107 to 98 seats" and the systems, as one sentence. */
	size: (a: {
		a: string;
		b: string;
		seatsA: number;
		seatsB: number;
		sysA: string;
		sysB: string;
	}) => string;
	turnout: (a: string, b: string, ta: string | null, tb: string | null) => string;
	entered: (a: string, b: string, list: string) => string;
	left: (a: string, b: string, list: string) => string;
	moved: (list: string) => string;
	unchanged: string;
	/** The ruling-party history chart. */
	historyTitle: (party: string, first: string, last: string) => string;
	/** Each list holds [value, year] pairs, the values formatted. */
	historyDesc: (names: string[], seats: Year[], votes: Year[], turnout: Year[]) => string;
	/** Tooltip lines: "42 of 77 seats", "62 of 98 (63.3%) by nomination". */
	seatsOf: (seats: number, total: number) => string;
	altSeatsOf: (seats: number, total: number, pct: string) => string;
	/** The electoral system in two short lines: kind, then seats. */
	systemKind: { mixed: string; list: string; smd: string };
	systemSeats: (m: SeatsByMethod) => string;
}

const en: CompareText = {
	majilis: (n) => `${ordinal(n)} Majilis`,
	chamberLabel: (id, n) => `${id} (${ordinal(n)} Majilis)`,
	...PAIR_TEXT.en,
	system: {
		list: (n) => `${n} by party list`,
		smd: (n) => `${n} in single-mandate districts`,
		assembly: (n) => `${n} chosen by the Assembly of the People`
	},
	nameThen: (then, now, current) => `${then} (${current ? 'now' : 'later'} ${now})`,
	formerBoth: (name, a, b) => `${name} in ${a} and ${b}`,
	formerThen: (name) => `then ${name}`,
	formerAt: (name, year) => `${name} in ${year}`,
	mergedInto: (into, year) => `merged into ${into} in ${year}`,
	mergedLater: (now) => `later merged into what is now ${now}`,
	byNomination: 'counted by nomination',
	membershipSource: (s) => `party membership: ${s}`,
	hemicycleTitle: (id, c, s) => `${id}: the ${ordinal(c)} Majilis, ${s} seats`,
	hemicycleDesc: (a) =>
		`One dot per seat of the Majilis elected on ${a.date}, by party, left to right: ${a.parties}. ${a.system}; ${a.majority} seats are a majority.${a.counted}`,
	hemicycleCounted: (c) =>
		` Single-mandate seats are counted by party membership; counted by nomination, as the election commission counts: ${c}.`,
	seatChangeTitle: (a, b) => `Seats won and lost, ${a} to ${b}`,
	seatChangeDesc: (a) =>
		`Change per party from the ${ordinal(a.convA)} Majilis (${a.a}, ${a.seatsA} seats) to the ${ordinal(a.convB)} (${a.b}, ${a.seatsB} seats), in seats and in share of the chamber: ${a.rows}.`,
	lead: (x) => {
		const alt = (n: number | null) => (n === null ? '' : `; ${n} counted by nomination`);
		const verb = x.change < 0 ? 'fell' : x.change > 0 ? 'rose' : 'held steady';
		const needed = `${x.majority} of ${x.totalB} needed`;
		const outcome = {
			kept: `keeping its majority (${needed})`,
			won: `winning a majority (${needed})`,
			lost: `losing its majority (${needed})`,
			never: `short of a majority both times (${needed})`
		}[x.outcome];
		return `${x.party} ${verb} from ${x.seatsA} of ${x.totalA} seats (${x.shareA}${alt(x.altA)}) in ${x.a} to ${x.seatsB} of ${x.totalB} (${x.shareB}${alt(x.altB)}) in ${x.b}, ${outcome}.`;
	},
	size: (x) => {
		const size =
			x.seatsB < x.seatsA
				? `The chamber shrank from ${x.seatsA} to ${x.seatsB} seats`
				: x.seatsB > x.seatsA
					? `The chamber grew from ${x.seatsA} to ${x.seatsB} seats`
					: `Both chambers had ${x.seatsA} seats`;
		return x.sysA === x.sysB
			? `${size}, ${x.sysA}.`
			: `${size}: ${x.sysA} in ${x.a}; ${x.sysB} in ${x.b}.`;
	},
	turnout: (a, b, ta, tb) =>
		`Turnout: ${ta ?? 'not in the data'} in ${a}, ${tb ?? 'not in the data'} in ${b}.`,
	entered: (a, b, l) => `Seats in ${b} but not in ${a}: ${l}.`,
	left: (a, b, l) => `Seats in ${a} but not in ${b}: ${l}.`,
	moved: (l) => `In both: ${l}.`,
	unchanged: 'unchanged',
	historyTitle: (p, f, l) => `${p}, ${f}–${l}: seats, votes and turnout`,
	historyDesc: (names, seats, votes, turnout) =>
		`The ruling party (${names.join(', then ')}) won ${seats.map(([v, y]) => `${v} of the seats in ${y}`).join(', ')}; its party-list vote share was ${votes.map(([v, y]) => `${v} in ${y}`).join(', ')}; national turnout was ${turnout.map(([v, y]) => `${v} in ${y}`).join(', ')}.`,
	seatsOf: (s, t) => `${s} of ${t} seats`,
	altSeatsOf: (s, t, p) => `${s} of ${t} (${p}) by nomination`,
	systemKind: { mixed: 'mixed', list: 'party lists only', smd: 'districts only' },
	systemSeats: (m) =>
		`${[m.list ? `${m.list} list` : '', m.smd ? `${m.smd} district` : ''].filter(Boolean).join(' + ')} seats${m.assembly ? ` + ${m.assembly} by the Assembly` : ''}`
};

const kkYears = (ys: Year[]) => ys.map(([v, y]) => `${y} жылы ${v}`).join(', ');

const kk: CompareText = {
	majilis: (n) => `${roman(n)} шақырылым Мәжілісі`,
	chamberLabel: (id, n) => `${id} (${roman(n)} шақырылым)`,
	...PAIR_TEXT.kk,
	system: {
		list: (n) => `${n} — партиялық тізім бойынша`,
		smd: (n) => `${n} — бір мандатты округтерден`,
		assembly: (n) => `${n} — Қазақстан халқы Ассамблеясы сайлаған`
	},
	nameThen: (then, now, current) => `${then} (${current ? 'қазір' : 'кейін'} ${now})`,
	formerBoth: (name, a, b) => `${a} және ${b} жылдары ${name}`,
	formerThen: (name) => `ол кезде ${name}`,
	formerAt: (name, year) => `${year} жылы ${name}`,
	mergedInto: (into, year) => `${year} жылы ${into} құрамына енді`,
	mergedLater: (now) => `кейін қазіргі ${now} құрамына енді`,
	byNomination: 'ұсыну бойынша',
	membershipSource: (s) => `партиялық мүшелік: ${s}`,
	hemicycleTitle: (id, c, s) => `${id}: ${roman(c)} шақырылым Мәжілісі, ${s} мандат`,
	hemicycleDesc: (a) =>
		`Әр нүкте — Мәжілістің бір мандаты (сайлау күні: ${a.date}), партиялар бойынша солдан оңға: ${a.parties}. ${a.system}; көпшілікке ${a.majority} мандат жеткілікті.${a.counted}`,
	hemicycleCounted: (c) =>
		` Бір мандатты округтердің мандаттары партиялық мүшелік бойынша есептелген; ұсыну бойынша, сайлау комиссиясының есебінде: ${c}.`,
	seatChangeTitle: (a, b) => `Мандаттар санының өзгерісі, ${a} → ${b}`,
	seatChangeDesc: (a) =>
		`${roman(a.convA)} шақырылым Мәжілісінен (${a.a}, ${a.seatsA} мандат) ${roman(a.convB)} шақырылымға (${a.b}, ${a.seatsB} мандат) дейінгі әр партияның өзгерісі, мандатпен және палатадағы үлеспен: ${a.rows}.`,
	lead: (x) => {
		const alt = (n: number | null) => (n === null ? '' : `; ұсыну бойынша ${n}`);
		const verb = x.change < 0 ? 'азайды' : x.change > 0 ? 'көбейді' : 'өзгерген жоқ';
		const needed = `${x.totalB} мандаттың ${x.majority} мандаты қажет`;
		const outcome = {
			kept: `көпшілік сақталды (${needed})`,
			won: `көпшілікке ие болды (${needed})`,
			lost: `көпшіліктен айырылды (${needed})`,
			never: `екі жолы да көпшілік болмады (${needed})`
		}[x.outcome];
		return `${x.party}: ${x.a} жылы ${x.totalA} мандаттың ${x.seatsA} (${x.shareA}${alt(x.altA)}), ${x.b} жылы ${x.totalB} мандаттың ${x.seatsB} (${x.shareB}${alt(x.altB)}) — ${verb}; ${outcome}.`;
	},
	size: (x) => {
		const size =
			x.seatsB < x.seatsA
				? `Палата ${x.seatsA} мандаттан ${x.seatsB} мандатқа дейін қысқарды`
				: x.seatsB > x.seatsA
					? `Палата ${x.seatsA} мандаттан ${x.seatsB} мандатқа дейін ұлғайды`
					: `Екі палатада да ${x.seatsA} мандат болды`;
		return x.sysA === x.sysB
			? `${size}: ${x.sysA}.`
			: `${size}: ${x.a} жылы ${x.sysA}; ${x.b} жылы ${x.sysB}.`;
	},
	turnout: (a, b, ta, tb) =>
		`Сайлауға қатысу: ${a} жылы ${ta ?? 'деректерде жоқ'}, ${b} жылы ${tb ?? 'деректерде жоқ'}.`,
	entered: (a, b, l) => `${b} жылы мандаты бар, ${a} жылы болмаған: ${l}.`,
	left: (a, b, l) => `${a} жылы мандаты болған, ${b} жылы жоқ: ${l}.`,
	moved: (l) => `Екі шақырылымда да: ${l}.`,
	unchanged: 'өзгеріссіз',
	historyTitle: (p, f, l) => `${p}, ${f}–${l}: мандаттар, дауыстар және сайлауға қатысу`,
	historyDesc: (names, seats, votes, turnout) =>
		`Билеуші партияның (${names.join(', кейін ')}) мандат үлесі: ${kkYears(seats)}; партиялық тізім бойынша дауыс үлесі: ${kkYears(votes)}; елдегі сайлауға қатысу: ${kkYears(turnout)}.`,
	seatsOf: (s, t) => `${t} мандаттың ${s}`,
	altSeatsOf: (s, t, p) => `ұсыну бойынша ${t} мандаттың ${s} (${p})`,
	systemKind: { mixed: 'аралас жүйе', list: 'тек партиялық тізімдер', smd: 'тек округтер' },
	systemSeats: (m) =>
		`${[m.list ? `${m.list} тізім бойынша` : '', m.smd ? `${m.smd} округтен` : ''].filter(Boolean).join(' + ')}${m.assembly ? ` + ${m.assembly} Ассамблеядан` : ''}`
};

const ruSeats = (n: number) => `${n} ${ruPlural(n, 'мандат', 'мандата', 'мандатов')}`;
const ruOf = (n: number, total: number) =>
	`${n} из ${total} ${ruPlural(total, 'мандата', 'мандатов', 'мандатов')}`;

const ruYears = (ys: Year[]) => ys.map(([v, y]) => `${v} в ${y} году`).join(', ');

const ru: CompareText = {
	majilis: (n) => `Мажилис ${roman(n)} созыва`,
	chamberLabel: (id, n) => `${id} (${roman(n)} созыв)`,
	...PAIR_TEXT.ru,
	system: {
		list: (n) => `${n} по партийным спискам`,
		smd: (n) => `${n} по одномандатным округам`,
		assembly: (n) => `${n} избраны Ассамблеей народа Казахстана`
	},
	nameThen: (then, now, current) => `${then} (${current ? 'ныне' : 'позже'} ${now})`,
	formerBoth: (name, a, b) => `${name} в ${a} и ${b} годах`,
	formerThen: (name) => `тогда ${name}`,
	formerAt: (name, year) => `${name} в ${year} году`,
	mergedInto: (into, year) => `в ${year} году слияние с ${into}`,
	mergedLater: (now) => `позднее слияние с партией, ныне ${now}`,
	byNomination: 'по выдвижению',
	membershipSource: (s) => `партийная принадлежность: ${s}`,
	hemicycleTitle: (id, c, s) => `${id}: Мажилис ${roman(c)} созыва, ${ruSeats(s)}`,
	hemicycleDesc: (a) =>
		`Одна точка — один мандат Мажилиса, избранного ${a.date}, по партиям слева направо: ${a.parties}. ${a.system}; для большинства нужно ${a.majority}.${a.counted}`,
	hemicycleCounted: (c) =>
		` Мандаты по одномандатным округам учтены по партийной принадлежности; по выдвижению, как считает избирательная комиссия: ${c}.`,
	seatChangeTitle: (a, b) => `Изменение числа мандатов, ${a} → ${b}`,
	seatChangeDesc: (a) =>
		`Изменение по каждой партии от Мажилиса ${roman(a.convA)} созыва (${a.a}, ${ruSeats(a.seatsA)}) к Мажилису ${roman(a.convB)} созыва (${a.b}, ${ruSeats(a.seatsB)}), в мандатах и в доле палаты: ${a.rows}.`,
	lead: (x) => {
		const alt = (n: number | null) => (n === null ? '' : `; ${n} по выдвижению`);
		const needed = `нужно ${x.majority} из ${x.totalB}`;
		const outcome = {
			kept: `большинство сохранено (${needed})`,
			won: `получено большинство (${needed})`,
			lost: `большинство утрачено (${needed})`,
			never: `большинства не было ни разу (${needed})`
		}[x.outcome];
		const from = `${ruOf(x.seatsA, x.totalA)} (${x.shareA}${alt(x.altA)}) в ${x.a} году`;
		const to = `${x.seatsB} из ${x.totalB} (${x.shareB}${alt(x.altB)}) в ${x.b} году`;
		const change =
			x.change < 0
				? `сокращение с ${from} до ${to}`
				: x.change > 0
					? `рост с ${from} до ${to}`
					: `без изменений: ${from} и ${to}`;
		return `${x.party}: ${change}; ${outcome}.`;
	},
	size: (x) => {
		const size =
			x.seatsB < x.seatsA
				? `Палата сократилась с ${x.seatsA} до ${ruSeats(x.seatsB)}`
				: x.seatsB > x.seatsA
					? `Палата выросла с ${x.seatsA} до ${ruSeats(x.seatsB)}`
					: `В обеих палатах было ${ruSeats(x.seatsA)}`;
		return x.sysA === x.sysB
			? `${size}: ${x.sysA}.`
			: `${size}: ${x.sysA} в ${x.a} году; ${x.sysB} в ${x.b} году.`;
	},
	turnout: (a, b, ta, tb) =>
		`Явка: ${ta ?? 'нет в данных'} в ${a} году, ${tb ?? 'нет в данных'} в ${b} году.`,
	entered: (a, b, l) => `Мандаты в ${b} году, но не в ${a} году: ${l}.`,
	left: (a, b, l) => `Мандаты в ${a} году, но не в ${b} году: ${l}.`,
	moved: (l) => `В обоих созывах: ${l}.`,
	unchanged: 'без изменений',
	historyTitle: (p, f, l) => `${p}, ${f}–${l}: мандаты, голоса и явка`,
	historyDesc: (names, seats, votes, turnout) =>
		`Доля мандатов правящей партии (${names.join(', затем ')}): ${ruYears(seats)}; её доля голосов по партийным спискам: ${ruYears(votes)}; явка по стране: ${ruYears(turnout)}.`,
	seatsOf: (s, t) => ruOf(s, t),
	altSeatsOf: (s, t, p) => `${s} из ${t} (${p}) по выдвижению`,
	systemKind: { mixed: 'смешанная система', list: 'только партийные списки', smd: 'только округа' },
	systemSeats: (m) =>
		`${[m.list ? `${m.list} по спискам` : '', m.smd ? `${m.smd} по округам` : ''].filter(Boolean).join(' + ')}${m.assembly ? ` + ${m.assembly} от Ассамблеи` : ''}`
};

export const COMPARE_TEXT: Record<Lang, CompareText> = { en, kk, ru };
