/**
 * The overview's chart titles, descriptions and notes in each language. Every language implements
 * the whole interface (TypeScript checks it). Numbers arrive formatted for the language.
 */
import type { Lang } from '$lib/data/types';
import { roman, ruPlural } from '$lib/i18n/chart-text';

export { roman };

export interface OverviewText {
	cecFinal: (sources: string) => string;
	membershipSource: (results: string, membership: string) => string;
	bothSources: (results: string, membership: string, nomination: string) => string;
	hemicycleNote: (party: string, seats: number) => string;
	hemicycleTitle: (convocation: number, seats: number, date: string) => string;
	hemicycleDesc: (a: {
		parties: string;
		list: number;
		smd: number;
		party: string;
		byMembership: number;
		byNomination: number;
		majority: number;
	}) => string;
	voteNote: (base: string) => string;
	voteTitle: (year: number, over: number, of: number, threshold: string) => string;
	voteDesc: (a: {
		bars: string;
		threshold: string;
		under: string;
		against: string | null;
	}) => string;
	total: string;
	smdByMembership: string;
	byNominationCec: string;
	methodNote: (party: string, smd: number, total: number, self: number) => string;
	methodTitle: (year: number, list: number, smd: number) => string;
	/** One party in the description: "Amanat 40 list and 22 single-mandate". */
	methodRow: (name: string, list: number, smd: number) => string;
	methodDesc: (rows: string, party: string, smd: number, majority: number) => string;
	turnoutTitle: (first: number, last: number, pct: string) => string;
	turnoutDesc: (known: string, missing: string | null, year: number) => string;
	convocation: (n: number) => string;
}

const ordinal = (n: number) => {
	const tens = n % 100;
	return `${n}${tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
};

const en: OverviewText = {
	cecFinal: (s) => `CEC final results, 27 Mar 2023 (${s})`,
	membershipSource: (r, m) => `${r}; party membership: ${m}`,
	bothSources: (r, m, n) => `${r}; membership: ${m}; nomination: ${n}`,
	hemicycleNote: (p, n) =>
		`Single-mandate seats counted by party membership. By nomination, the election commission's count, ${p} has ${n} seats.`,
	hemicycleTitle: (c, s, d) => `The ${ordinal(c)} Majilis: ${s} seats, elected ${d}`,
	hemicycleDesc: (a) =>
		`One dot per seat, by party, left to right: ${a.parties}. Filled dots are party-list seats (${a.list}), rings single-mandate seats (${a.smd}). ${a.party} holds ${a.byMembership} seats counting its members (${a.byNomination} by nomination, the election commission's count); ${a.majority} are a majority.`,
	voteNote: (b) =>
		`Shares of ${b} votes: votes for parties plus 'against all', which is no party and wins no seats.`,
	voteTitle: (y, o, n, t) => `Party-list vote, ${y}: ${o} of ${n} parties passed ${t}`,
	voteDesc: (a) =>
		`Share of the party-list vote, largest first: ${a.bars}. The ${a.threshold} threshold is marked; ${a.under} fell under it and won no list seats.${a.against ? ` 'Against all' (${a.against}) is shown apart: it is no party.` : ''}`,
	total: 'Total',
	smdByMembership: 'Single-mandate, by membership',
	byNominationCec: 'By nomination (CEC)',
	methodNote: (p, smd, total, self) =>
		`By nomination, the election commission's count, ${p} has ${smd} single-mandate seats (${total} in all) and the self-nominated ${self}.`,
	methodTitle: (y, l, s) =>
		`Seats by how they were won, ${y}: ${l} by party list, ${s} in single-mandate districts`,
	methodRow: (n, l, s) => `${n} ${l} list and ${s} single-mandate`,
	methodDesc: (rows, p, smd, m) =>
		`A bar per party, party-list seats filled and single-mandate seats outlined: ${rows}. Single-mandate seats are counted by party membership; by nomination, as the election commission counts, ${p} has ${smd} of them. ${m} seats are a majority.`,
	turnoutTitle: (f, l, p) => `Turnout, ${f}–${l}: ${p} in ${l}`,
	turnoutDesc: (k, m, y) =>
		`National turnout at each Majilis election: ${k}${m ? `; not in the dataset for ${m}` : ''}. ${y} is highlighted.`,
	convocation: ordinal
};

const kk: OverviewText = {
	cecFinal: (s) => `ОСК-ның түпкілікті қорытындылары, 2023 жылғы 27 наурыз (${s})`,
	membershipSource: (r, m) => `${r}; партиялық мүшелік: ${m}`,
	bothSources: (r, m, n) => `${r}; мүшелік бойынша: ${m}; ұсыну бойынша: ${n}`,
	hemicycleNote: (p, n) =>
		`Бір мандатты округтердің мандаттары партиялық мүшелік бойынша есептелген. Ұсыну бойынша, яғни Орталық сайлау комиссиясының есебінде, ${p} партиясында ${n} мандат.`,
	hemicycleTitle: (c, s, d) => `${roman(c)} шақырылым Мәжілісі: ${s} мандат (сайлау күні: ${d})`,
	hemicycleDesc: (a) =>
		`Әр нүкте — бір мандат, партиялар бойынша солдан оңға: ${a.parties}. Толық нүктелер — партиялық тізім бойынша мандаттар (${a.list}), сақиналар — бір мандатты округтердің мандаттары (${a.smd}). ${a.party} мүшелері бойынша есептегенде ${a.byMembership} мандатқа ие (ұсыну бойынша, Орталық сайлау комиссиясының есебінде — ${a.byNomination}); көпшілікке ${a.majority} мандат жеткілікті.`,
	voteNote: (b) =>
		`${b} дауыстағы үлес: партияларға берілген дауыстар және «бәріне қарсы» дауыстары; соңғысы партия емес, мандат алмайды.`,
	voteTitle: (y, o, n, t) =>
		`${y} жылғы партиялық тізімдер бойынша дауыс беру: ${t} шегінен ${n} партияның ${o} партиясы өтті`,
	voteDesc: (a) =>
		`Партиялық тізімдер бойынша дауыстағы үлес, көбінен азына қарай: ${a.bars}. ${a.threshold} шегі белгіленген; ${a.under} одан төмен қалып, тізім бойынша мандат алмады.${a.against ? ` «Бәріне қарсы» (${a.against}) бөлек көрсетілген: ол партия емес.` : ''}`,
	total: 'Барлығы',
	smdByMembership: 'Бір мандатты округ, мүшелік бойынша',
	byNominationCec: 'Ұсыну бойынша (ОСК)',
	methodNote: (p, smd, total, self) =>
		`Ұсыну бойынша, яғни Орталық сайлау комиссиясының есебінде, ${p} партиясында бір мандатты округтерден ${smd} мандат (барлығы ${total}), өзін-өзі ұсынғандарда — ${self}.`,
	methodTitle: (y, l, s) =>
		`${y} жылы мандаттар қалай алынды: ${l} — партиялық тізім бойынша, ${s} — бір мандатты округтерден`,
	methodRow: (n, l, s) => `${n}: тізім бойынша ${l}, бір мандатты округтерден ${s}`,
	methodDesc: (rows, p, smd, m) =>
		`Әр партияға бір жолақ, партиялық тізім бойынша мандаттар толық, бір мандатты округтердің мандаттары контурмен: ${rows}. Бір мандатты округтердің мандаттары партиялық мүшелік бойынша есептелген; ұсыну бойынша, Орталық сайлау комиссиясының есебінде, ${p} партиясында олардың саны — ${smd}. Көпшілікке ${m} мандат жеткілікті.`,
	turnoutTitle: (f, l, p) => `Сайлауға қатысу, ${f}–${l}: ${l} жылы ${p}`,
	turnoutDesc: (k, m, y) =>
		`Мәжіліс сайлауларына ел бойынша қатысу: ${k}${m ? `; ${m} жылдар бойынша деректер жиынында жоқ` : ''}. ${y} жыл бөлектелген.`,
	convocation: roman
};

const ru: OverviewText = {
	cecFinal: (s) => `Окончательные итоги ЦИК, 27 марта 2023 года (${s})`,
	membershipSource: (r, m) => `${r}; партийная принадлежность: ${m}`,
	bothSources: (r, m, n) => `${r}; по принадлежности: ${m}; по выдвижению: ${n}`,
	hemicycleNote: (p, n) =>
		`Мандаты по одномандатным округам учтены по партийной принадлежности. По выдвижению, как считает Центральная избирательная комиссия, у партии «${p}» ${n} ${ruPlural(n, 'мандат', 'мандата', 'мандатов')}.`,
	hemicycleTitle: (c, s, d) =>
		`Мажилис ${roman(c)} созыва: ${s} ${ruPlural(s, 'мандат', 'мандата', 'мандатов')}, избран ${d}`,
	hemicycleDesc: (a) =>
		`Одна точка — один мандат, по партиям слева направо: ${a.parties}. Закрашенные точки — мандаты по партийному списку (${a.list}), кольца — мандаты по одномандатным округам (${a.smd}). «${a.party}» имеет ${a.byMembership} ${ruPlural(a.byMembership, 'мандат', 'мандата', 'мандатов')} с учётом своих членов (${a.byNomination} по выдвижению, как считает Центральная избирательная комиссия); для большинства нужно ${a.majority}.`,
	voteNote: (b) =>
		`Доли от ${b} голосов: голоса за партии и «против всех»; последнее — не партия и мандатов не получает.`,
	voteTitle: (y, o, n, t) =>
		`Голосование по партийным спискам, ${y}: барьер ${t} преодолели ${o} из ${n} партий`,
	voteDesc: (a) =>
		`Доля голосов по партийным спискам, по убыванию: ${a.bars}. Отмечен проходной барьер ${a.threshold}; ${a.under} не преодолели его и не получили мандатов по спискам.${a.against ? ` «Против всех» (${a.against}) показано отдельно: это не партия.` : ''}`,
	total: 'Всего',
	smdByMembership: 'Одномандатные, по принадлежности',
	byNominationCec: 'По выдвижению (ЦИК)',
	methodNote: (p, smd, total, self) =>
		`По выдвижению, как считает Центральная избирательная комиссия, у партии «${p}» ${smd} ${ruPlural(smd, 'мандат', 'мандата', 'мандатов')} по одномандатным округам (всего ${total}), у самовыдвиженцев — ${self}.`,
	methodTitle: (y, l, s) =>
		`Как получены мандаты, ${y}: ${l} по партийным спискам, ${s} по одномандатным округам`,
	methodRow: (n, l, s) => `${n}: ${l} по списку и ${s} по округам`,
	methodDesc: (rows, p, smd, m) =>
		`По полосе на партию, мандаты по партийному списку закрашены, по одномандатным округам — контуром: ${rows}. Мандаты по одномандатным округам учтены по партийной принадлежности; по выдвижению, как считает Центральная избирательная комиссия, у партии «${p}» их ${smd}. Для большинства нужно ${m} мандатов.`,
	turnoutTitle: (f, l, p) => `Явка, ${f}–${l}: ${p} в ${l} году`,
	turnoutDesc: (k, m, y) =>
		`Явка по стране на каждых выборах в Мажилис: ${k}${m ? `; нет в наборе данных для ${m}` : ''}. ${y} год выделен.`,
	convocation: roman
};

export const OVERVIEW_TEXT: Record<Lang, OverviewText> = { en, kk, ru };
