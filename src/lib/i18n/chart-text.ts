/**
 * Text that chart builders write into charts (legends, labels, tooltips, notes), in each language.
 * Every language must implement the whole `ChartText` interface: TypeScript rejects a missing entry.
 * Numbers are formatted by the caller for the language (format.ts), so these only arrange words.
 */
import type { Lang } from '../data/types';

/** Russian plural: 1 место, 2 места, 5 мест, 21 место. */
export function ruPlural(n: number, one: string, few: string, many: string): string {
	const a = Math.abs(n) % 100;
	const b = a % 10;
	if (a > 10 && a < 20) return many;
	if (b === 1) return one;
	if (b >= 2 && b <= 4) return few;
	return many;
}

/** Convocations are numbered in Roman figures in Kazakh and Russian usage: VIII шақырылым, VIII созыв. */
export function roman(n: number): string {
	const table: [number, string][] = [
		[10, 'X'],
		[9, 'IX'],
		[5, 'V'],
		[4, 'IV'],
		[1, 'I']
	];
	let out = '';
	for (const [v, s] of table)
		while (n >= v) {
			out += s;
			n -= v;
		}
	return out;
}

const enPlural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const ruSeats = (n: number) => `${n} ${ruPlural(n, 'место', 'места', 'мест')}`;

export interface ChartText {
	/** Tooltip line of a seat's method. */
	methodSeat: { list: string; smd: string; assembly: string };
	/** Legend keys of the seat methods. */
	methodKey: { list: string; smd: string };
	/** "49 of 98 seats (40 party-list, 9 single-mandate)" */
	seatSummary: (
		total: number,
		of: number,
		parts: { list: number; smd: number; assembly: number }
	) => string;
	majority: (value: number, of: number) => string;
	/** Under the total in a hemicycle's centre: "seats". */
	seatsWord: (n: number) => string;
	againstAll: string;
	/** Value beside a bar under the threshold: "2.3%: under 5%". */
	underThreshold: (share: string, threshold: string) => string;
	shareOfVote: (share: string, votes: string | null) => string;
	listSeats: (n: number) => string;
	noListSeats: (threshold: string) => string;
	notAParty: string;
	overThresholdKey: (threshold: string) => string;
	underKey: string;
	thresholdLabel: (threshold: string) => string;
	/** Seats-by-method tooltip: "49 seats: 40 party-list, 9 single-mandate". */
	splitSeats: (total: number, list: number, smd: number) => string;
	onlySeats: (n: number, method: 'list' | 'smd') => string;
	alternativeSeats: (label: string, smd: number, all: number) => string;
	/** Turnout history. */
	convocation: (n: number) => string;
	registered: (n: string) => string;
	ballots: (n: string) => string;
	noData: string;
	turnoutMissing: string;
	turnout: (pct: string) => string;
	alsoPublished: (value: string) => string;
	otherFigures: (list: string) => string;
}

const en: ChartText = {
	methodSeat: {
		list: 'Party-list seat',
		smd: 'Single-mandate seat',
		assembly: 'Chosen by the Assembly of the People'
	},
	methodKey: { list: 'Party list', smd: 'Single-mandate' },
	seatSummary: (total, of, p) => {
		const parts = [
			p.list ? `${p.list} party-list` : '',
			p.smd ? `${p.smd} single-mandate` : '',
			p.assembly ? `${p.assembly} chosen by the Assembly` : ''
		].filter(Boolean);
		return `${total} of ${of} seats${parts.length > 1 || p.assembly ? ` (${parts.join(', ')})` : parts[0] ? ` (${parts[0]})` : ''}`;
	},
	majority: (v, of) => `Majority: ${v} of ${of}`,
	seatsWord: (n) => (n === 1 ? 'seat' : 'seats'),
	againstAll: 'Against all',
	underThreshold: (s, t) => `${s}: under ${t}`,
	shareOfVote: (s, v) => `${s} of the vote${v === null ? '' : ` (${v} votes)`}`,
	listSeats: (n) => `${n} party-list seats`,
	noListSeats: (t) => `Under the ${t} threshold: no party-list seats`,
	notAParty: 'Not a party: counted in the total, wins no seats',
	overThresholdKey: (t) => `Over the ${t} threshold`,
	underKey: 'Under it: no list seats',
	thresholdLabel: (t) => `${t} threshold`,
	splitSeats: (total, list, smd) =>
		`${enPlural(total, 'seat')}: ${list} party-list, ${smd} single-mandate`,
	onlySeats: (n, m) => enPlural(n, m === 'smd' ? 'single-mandate seat' : 'party-list seat'),
	alternativeSeats: (label, smd, all) =>
		`${label}: ${enPlural(smd, 'single-mandate seat')}, ${all} in all`,
	convocation: (n) => {
		const tens = n % 100;
		const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
		return `${n}${suffix} Majilis`;
	},
	registered: (n) => `${n} registered`,
	ballots: (n) => `${n} ballots cast`,
	noData: 'no data',
	turnoutMissing: 'Turnout: not in the dataset',
	turnout: (p) => `Turnout ${p}`,
	alsoPublished: (v) => `Also published: ${v}`,
	otherFigures: (l) => `* Other figures also published: ${l}.`
};

const kk: ChartText = {
	methodSeat: {
		list: 'Партиялық тізім бойынша мандат',
		smd: 'Бір мандатты округ бойынша мандат',
		assembly: 'Қазақстан халқы Ассамблеясы сайлаған'
	},
	methodKey: { list: 'Партиялық тізім', smd: 'Бір мандатты округ' },
	seatSummary: (total, of, p) => {
		const parts = [
			p.list ? `${p.list} — партиялық тізім бойынша` : '',
			p.smd ? `${p.smd} — бір мандатты округтерден` : '',
			p.assembly ? `${p.assembly} — Ассамблея сайлаған` : ''
		].filter(Boolean);
		return `${of} мандаттың ${total}${parts.length ? ` (${parts.join(', ')})` : ''}`;
	},
	majority: (v, of) => `Көпшілік: ${of} мандаттың ${v}`,
	seatsWord: () => 'мандат',
	againstAll: 'Бәріне қарсы',
	underThreshold: (s, t) => `${s}: ${t} шегінен төмен`,
	shareOfVote: (s, v) => `Дауыстардың ${s}${v === null ? '' : ` (${v} дауыс)`}`,
	listSeats: (n) => `Партиялық тізім бойынша ${n} мандат`,
	noListSeats: (t) => `${t} шегінен төмен: партиялық тізім бойынша мандат жоқ`,
	notAParty: 'Партия емес: жалпы санға кіреді, мандат алмайды',
	overThresholdKey: (t) => `${t} шегінен асқандар`,
	underKey: 'Шектен төмен: тізім бойынша мандат жоқ',
	thresholdLabel: (t) => `${t} шегі`,
	splitSeats: (total, list, smd) =>
		`${total} мандат: ${list} — партиялық тізім бойынша, ${smd} — бір мандатты округтерден`,
	onlySeats: (n, m) =>
		m === 'smd' ? `Бір мандатты округтерден ${n} мандат` : `Партиялық тізім бойынша ${n} мандат`,
	alternativeSeats: (label, smd, all) =>
		`${label}: бір мандатты округтерден ${smd} мандат, барлығы ${all}`,
	convocation: (n) => `${roman(n)} шақырылым Мәжілісі`,
	registered: (n) => `${n} тіркелген сайлаушы`,
	ballots: (n) => `${n} бюллетень берілді`,
	noData: 'дерек жоқ',
	turnoutMissing: 'Сайлауға қатысу: деректер жиынында жоқ',
	turnout: (p) => `Сайлауға қатысу ${p}`,
	alsoPublished: (v) => `Сондай-ақ жарияланған: ${v}`,
	otherFigures: (l) => `* Басқа да сандар жарияланған: ${l}.`
};

const ru: ChartText = {
	methodSeat: {
		list: 'Мандат по партийному списку',
		smd: 'Мандат по одномандатному округу',
		assembly: 'Избран Ассамблеей народа Казахстана'
	},
	methodKey: { list: 'Партийный список', smd: 'Одномандатный округ' },
	seatSummary: (total, of, p) => {
		const parts = [
			p.list ? `${p.list} по партийному списку` : '',
			p.smd ? `${p.smd} по одномандатным округам` : '',
			p.assembly ? `${p.assembly} избраны Ассамблеей` : ''
		].filter(Boolean);
		return `${total} из ${of} мест${parts.length > 1 || p.assembly ? ` (${parts.join(', ')})` : parts[0] ? ` (${parts[0]})` : ''}`;
	},
	majority: (v, of) => `Большинство: ${v} из ${of}`,
	seatsWord: (n) => ruPlural(n, 'мандат', 'мандата', 'мандатов'),
	againstAll: 'Против всех',
	underThreshold: (s, t) => `${s}: ниже ${t}`,
	shareOfVote: (s, v) => `${s} голосов${v === null ? '' : ` (голосов: ${v})`}`,
	listSeats: (n) => `${ruSeats(n)} по партийному списку`,
	noListSeats: (t) => `Ниже барьера ${t}: мандатов по списку нет`,
	notAParty: 'Не партия: учитывается в общем числе, мандатов не получает',
	overThresholdKey: (t) => `Выше барьера ${t}`,
	underKey: 'Ниже барьера: мандатов по списку нет',
	thresholdLabel: (t) => `Барьер ${t}`,
	splitSeats: (total, list, smd) =>
		`${ruSeats(total)}: ${list} по партийному списку, ${smd} по одномандатным округам`,
	onlySeats: (n, m) =>
		`${ruSeats(n)} ${m === 'smd' ? 'по одномандатным округам' : 'по партийному списку'}`,
	alternativeSeats: (label, smd, all) =>
		`${label}: ${ruSeats(smd)} по одномандатным округам, всего ${all}`,
	convocation: (n) => `Мажилис ${roman(n)} созыва`,
	registered: (n) => `зарегистрировано избирателей: ${n}`,
	ballots: (n) => `выдано бюллетеней: ${n}`,
	noData: 'нет данных',
	turnoutMissing: 'Явка: нет в наборе данных',
	turnout: (p) => `Явка ${p}`,
	alsoPublished: (v) => `Также публиковалось: ${v}`,
	otherFigures: (l) => `* Публиковались и другие цифры: ${l}.`
};

export const CHART_TEXT: Record<Lang, ChartText> = { en, kk, ru };
