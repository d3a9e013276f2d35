/**
 * The words the regional map writes into its SVG (labels, tooltips, legends, notes, titles) and
 * into its CSV, in each language. Every language implements the whole `MapText` interface
 * (TypeScript checks it). Numbers and names arrive formatted and translated by the caller.
 */
// Relative imports: the Playwright specs read these words too.
import type { Lang } from '../../data/types';
import { formatPct } from '../../format';
import { ruPlural } from '../../i18n/chart-text';

export interface MapText {
	/** A unit's name as map label lines, shortened where the map has little room. */
	nameLines: (name: string, kind: 'region' | 'city') => string[];
	/** A unit's short name without its kind ("Akmola", "Ақмола", "Акмолинская"). */
	short: (name: string) => string;
	/** "A, B and C". */
	list: (items: string[]) => string;
	/** The status of a turnout figure as the data writes it (English), in this language. */
	status: (status: string) => string;
	/** Turnout layer. */
	turnout2023: (pct: string) => string;
	turnout2023Missing: string;
	turnoutRamp: (status: string) => string;
	/** Change layer. */
	change: (pp: string) => string;
	changeMissing: string;
	/** "2021: 72.4% in East Kazakhstan Region, which it was part of". */
	wasPartOf: (pct: string, parent: string) => string;
	/** "2021: 72.4% (then including Abai Region)". */
	thenIncluding: (pct: string, children: string[]) => string;
	changeRamp: string;
	hatchNote: string;
	/** Districts layer. */
	districtNo: (no: string) => string;
	winnerMissing: string;
	/** A district's winner missing, in the CSV. */
	notInDataset: string;
	districtCount: (n: number) => string;
	noneKey: string;
	noneHere: string;
	unplaced: (nos: number[]) => string;
	/** Chart titles, descriptions and source lines. */
	turnoutTitle: (date: string) => string;
	turnoutDesc: (a: {
		regions: number;
		cities: number;
		status: string;
		lo: string;
		hi: string;
	}) => string;
	changeTitle: (from: number, to: number) => string;
	changeDesc: (falls: number, of: number, created: string[]) => string;
	districtsTitle: (n: number, year: number) => string;
	districtsDesc: (placed: number, total: number, won: number) => string;
	/** "Turnout 2023: CEC, <status>, via <source>". */
	turnoutSource: (year: number, status: string, source: string) => string;
	/** The 2021 part of the change map's source, after the 2023 part: "2021: CEC, …". */
	thenSource: (year: number, status: string, source: string) => string;
	districtsSource: (source: string) => string;
}

/** Statuses of the regional turnout rows, as written in data/majilis-turnout-by-region.csv. */
const AT_CLOSE = 'preliminary at close of polls';
const AT_22 = 'preliminary as of 22:00 on election day';
/** The national 2023 row adds the final figure: "… (final CEC: 54.21% per Wikipedia)". */
const WITH_FINAL = /^(.*) \(final CEC: (\d+(?:\.\d+)?)% per Wikipedia\)$/;

function translateStatus(
	lang: Lang,
	known: Record<string, string>,
	withFinal: (status: string, pct: string) => string
) {
	const status = (s: string): string => {
		const final = WITH_FINAL.exec(s);
		if (final) return withFinal(status(final[1]!), formatPct(Number(final[2]), 2, lang));
		// A status the table does not know stays as the data writes it (map.test.ts lists them all).
		return known[s] ?? s;
	};
	return status;
}

const enList = (items: string[]) =>
	items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');

const en: MapText = {
	nameLines: (name) => {
		if (name === 'Almaty Region') return ['Almaty', 'Region'];
		const short = en.short(name);
		const compass = short.match(/^(North|South|East|West) (Kazakhstan)$/);
		return compass ? [compass[1]!, compass[2]!] : [short];
	},
	short: (name) => name.replace(/ Region$/, ''),
	list: enList,
	status: (s) => s,
	turnout2023: (p) => `Turnout 2023: ${p}`,
	turnout2023Missing: 'Turnout 2023: not in the dataset',
	turnoutRamp: (s) => `Turnout, % of registered voters (${s})`,
	change: (pp) => `Change: ${pp} percentage points`,
	changeMissing: 'Change: not in the dataset',
	wasPartOf: (p, parent) => `2021: ${p} in ${parent}, which it was part of`,
	thenIncluding: (p, children) =>
		`2021: ${p}${children.length ? ` (then including ${children.join(' and ')})` : ''}`,
	changeRamp: 'Change in turnout 2021 → 2023, percentage points',
	hatchNote: 'Created in 2022: compared with the region it was split from',
	districtNo: (no) => `No. ${no}`,
	winnerMissing: 'winner not in dataset',
	notInDataset: 'not in dataset',
	districtCount: (n) => `${n} district${n > 1 ? 's' : ''}`,
	noneKey: 'none placed in the dataset',
	noneHere: 'No district placed here in the dataset',
	unplaced: (nos) =>
		`Region not in the dataset for district${nos.length > 1 ? 's' : ''} ${nos.join(', ')}; winners shown where the data know them (hover or see the table).`,
	turnoutTitle: (d) => `Turnout by region, ${d}`,
	turnoutDesc: (a) =>
		`Map of turnout in Kazakhstan's ${a.regions} regions and ${a.cities} cities, ${a.status} CEC figures. Lowest: ${a.lo}; highest: ${a.hi}.`,
	changeTitle: (f, t) => `Change in turnout by region, ${f} to ${t}`,
	changeDesc: (falls, of, created) =>
		`Map of the change in turnout from January 2021 to March 2023 in percentage points; turnout fell in ${falls} of ${of} units. ${enList(created)}, created in 2022, are compared with the region each was split from.`,
	districtsTitle: (n, y) => `The ${n} single-mandate districts by region, ${y}`,
	districtsDesc: (placed, total, won) =>
		`Map of the number of single-mandate districts per region; ${placed} of ${total} districts are placed in a region and ${won} winners are known in the dataset.`,
	turnoutSource: (y, s, src) => `Turnout ${y}: CEC, ${s}, via ${src}`,
	thenSource: (y, s, src) => `${y}: CEC, ${s}, via ${src}`,
	districtsSource: (src) => `Districts: ${src}`
};

const kkList = (items: string[]) =>
	items.length > 1 ? `${items.slice(0, -1).join(', ')} және ${items.at(-1)}` : (items[0] ?? '');

const kk: MapText = {
	nameLines: (name) => {
		// Алматы облысы keeps its second word, so that it does not read as the city of Almaty.
		if (name === 'Алматы облысы') return ['Алматы', 'облысы'];
		const short = kk.short(name);
		const compass = short.match(/^(Солтүстік|Оңтүстік|Шығыс|Батыс) (Қазақстан)$/);
		return compass ? [compass[1]!, compass[2]!] : [short];
	},
	short: (name) => name.replace(/ облысы$/, ''),
	list: kkList,
	status: translateStatus(
		'kk',
		{
			[AT_CLOSE]: 'алдын ала, дауыс беру аяқталған кездегі',
			[AT_22]: 'алдын ала, сайлау күні сағат 22:00-дегі'
		},
		(s, p) => `${s} (ОСК-ның түпкілікті көрсеткіші: ${p}, Wikipedia бойынша)`
	),
	turnout2023: (p) => `Сайлауға қатысу, 2023: ${p}`,
	turnout2023Missing: 'Сайлауға қатысу, 2023: деректер жиынында жоқ',
	turnoutRamp: (s) => `Сайлауға қатысу, тіркелген сайлаушылардың %-ы (${s})`,
	change: (pp) => `Өзгеріс: ${pp} пайыздық тармақ`,
	changeMissing: 'Өзгеріс: деректер жиынында жоқ',
	wasPartOf: (p, parent) => `2021: ${p}, ${parent} (2022 жылға дейін оның құрамында болған)`,
	thenIncluding: (p, children) =>
		`2021: ${p}${children.length ? ` (ол кезде ${kkList(children)} қоса алғанда)` : ''}`,
	changeRamp: 'Сайлауға қатысудың өзгерісі 2021 → 2023, пайыздық тармақ',
	hatchNote: '2022 жылы құрылған: бұрынғы облыспен салыстырылды',
	districtNo: (no) => `№ ${no}`,
	winnerMissing: 'жеңімпаз деректер жиынында жоқ',
	notInDataset: 'деректер жиынында жоқ',
	districtCount: (n) => `${n} округ`,
	noneKey: 'деректер жиынында округ жоқ',
	noneHere: 'Деректер жиынында бұл жерде округ жоқ',
	unplaced: (nos) =>
		`Облысы деректер жиынында жоқ ${nos.length > 1 ? 'округтер' : 'округ'}: № ${nos.join(', ')} (белгілі жеңімпаздары — кестеде).`,
	turnoutTitle: (d) => `Облыстар бойынша сайлауға қатысу, ${d}`,
	turnoutDesc: (a) =>
		`Қазақстанның ${a.regions} облысы мен ${a.cities} қаласындағы сайлауға қатысу картасы, ОСК деректері (${a.status}). Ең төмені: ${a.lo}; ең жоғарысы: ${a.hi}.`,
	changeTitle: (f, t) => `Облыстар бойынша сайлауға қатысудың өзгерісі, ${f}–${t}`,
	changeDesc: (falls, of, created) =>
		`2021 жылғы қаңтардан 2023 жылғы наурызға дейін сайлауға қатысудың пайыздық тармақпен өзгерісінің картасы; қатысу ${of} аумақтың ${falls} аумағында төмендеді. 2022 жылы құрылған ${kkList(created)} облыстары өздері бөлініп шыққан облыспен салыстырылады.`,
	districtsTitle: (n, y) => `Облыстар бойынша ${n} бір мандатты округ, ${y}`,
	districtsDesc: (placed, total, won) =>
		`Әр облыстағы бір мандатты округтер санының картасы; ${total} округтің ${placed} округі облысқа орналастырылған, деректер жиынында ${won} жеңімпаз белгілі.`,
	turnoutSource: (y, s, src) => `Сайлауға қатысу, ${y}: ОСК, ${s}, ${src} бойынша`,
	thenSource: (y, s, src) => `${y}: ОСК, ${s}, ${src} бойынша`,
	districtsSource: (src) => `Округтер: ${src}`
};

const ruList = (items: string[]) =>
	items.length > 1 ? `${items.slice(0, -1).join(', ')} и ${items.at(-1)}` : (items[0] ?? '');

const ru: MapText = {
	nameLines: (name) => {
		const short = ru.short(name);
		// Восточно-Казахстанская and the like are long: break after the hyphen.
		const compass = short.match(/^(Северо-|Южно-|Восточно-|Западно-)(Казахстанская)$/);
		return compass ? [compass[1]!, compass[2]!] : [short];
	},
	short: (name) => name.replace(/ область$/, ''),
	list: ruList,
	status: translateStatus(
		'ru',
		{
			[AT_CLOSE]: 'предварительные данные на момент закрытия участков',
			[AT_22]: 'предварительные данные на 22:00 в день выборов'
		},
		(s, p) => `${s} (окончательно по ЦИК: ${p}, по данным Википедии)`
	),
	turnout2023: (p) => `Явка 2023: ${p}`,
	turnout2023Missing: 'Явка 2023: нет в наборе данных',
	turnoutRamp: (s) => `Явка, % от зарегистрированных избирателей (${s})`,
	change: (pp) => `Изменение: ${pp} п. п.`,
	changeMissing: 'Изменение: нет в наборе данных',
	wasPartOf: (p, parent) => `2021: ${p} — ${parent}, в состав которой она входила`,
	thenIncluding: (p, children) =>
		`2021: ${p}${children.length ? ` (тогда вместе с территорией: ${ruList(children)})` : ''}`,
	changeRamp: 'Изменение явки 2021 → 2023, в процентных пунктах',
	hatchNote: 'Созданы в 2022 г.: сравнение с исходной областью',
	districtNo: (no) => `№ ${no}`,
	winnerMissing: 'победителя нет в наборе данных',
	notInDataset: 'нет в наборе данных',
	districtCount: (n) => `${n} ${ruPlural(n, 'округ', 'округа', 'округов')}`,
	noneKey: 'в наборе данных округов нет',
	noneHere: 'В наборе данных здесь нет ни одного округа',
	unplaced: (nos) =>
		`${nos.length > 1 ? 'Округа' : 'Округ'} без области в наборе данных: № ${nos.join(', ')} (известные победители — в таблице).`,
	turnoutTitle: (d) => `Явка по областям, ${d}`,
	turnoutDesc: (a) =>
		`Карта явки в ${a.regions} областях и ${a.cities} городах Казахстана, данные ЦИК (${a.status}). Самая низкая: ${a.lo}; самая высокая: ${a.hi}.`,
	changeTitle: (f, t) => `Изменение явки по областям, ${f}–${t}`,
	changeDesc: (falls, of, created) =>
		`Карта изменения явки с января 2021 по март 2023 года в процентных пунктах; явка снизилась в ${falls} из ${of} ${ruPlural(of, 'региона', 'регионов', 'регионов')}. ${ruList(created)} области, созданные в 2022 году, сравниваются с областями, из которых они выделены.`,
	districtsTitle: (n, y) =>
		`${n} ${ruPlural(n, 'одномандатный округ', 'одномандатных округа', 'одномандатных округов')} по областям, ${y}`,
	districtsDesc: (placed, total, won) =>
		`Карта числа одномандатных округов по областям; из ${total} ${ruPlural(total, 'округа', 'округов', 'округов')} к области отнесены ${placed}, победители известны в наборе данных для ${won}.`,
	turnoutSource: (y, s, src) => `Явка ${y}: ЦИК, ${s}, по данным: ${src}`,
	thenSource: (y, s, src) => `${y}: ЦИК, ${s}, по данным: ${src}`,
	districtsSource: (src) => `Округа: ${src}`
};

export const MAP_TEXT: Record<Lang, MapText> = { en, kk, ru };
