/**
 * The interface strings of Sailau in English, Kazakh and Russian. The catalogue is checked when the
 * site compiles: `kk` and `ru` must have exactly the keys of `en` (TypeScript rejects a missing or an
 * extra key), and messages.test.ts checks that no value is empty and that placeholders match.
 * Placeholders are written {name}; plural forms go through `plural()`.
 */
import type { Lang } from '../data/types';
import * as map from './messages-map';
import * as compare from './messages-compare';
import * as simulate from './messages-simulate';

const en = {
	...compare.en,
	skip: 'Skip to content',
	brand_label: 'Sailau, home',
	brand_tagline: 'Majilis elections, Kazakhstan',
	nav_label: 'Main',
	nav_overview: 'Overview',
	nav_overview_blurb: 'The 8th Majilis, elected 19 March 2023: seats, votes and turnout.',
	nav_compare: 'Compare',
	nav_compare_blurb: 'Any two Majilis elections since 2004 side by side.',
	nav_map: 'Map',
	nav_map_blurb: 'Turnout and single-mandate districts across the 17 regions and 3 cities.',
	nav_districts: 'Districts',
	nav_districts_blurb: 'The 29 single-mandate districts of 2023 and their winners, where known.',
	nav_simulate: 'Simulate',
	nav_simulate_blurb: 'How thresholds and seat formulas would change the chamber.',
	nav_data: 'Data',
	nav_data_blurb: 'Every dataset behind Sailau, with sources, licences, gaps and downloads.',
	lang_label: 'Language',
	theme_dark: 'Dark mode',
	footer_before_link:
		"Sailau is an open-source dashboard of Kazakhstan's Majilis elections. Figures come from the Central Election Commission as reported by the press and reference works; every source, conflict and gap is listed on the",
	footer_link: 'data page',
	footer_after_link: '. Boundaries: OCHA/UNHCR COD-AB 2023 via HDX, CC BY-IGO 3.0.',
	error_404: 'Page not found',
	error_other: 'Something went wrong',
	error_404_lede: 'There is no page at this address. These are the pages Sailau has:',
	error_other_lede: 'This page could not be shown. You can go on from here:',
	english_only: 'This part is not yet translated and is shown in English.',
	fig_source: 'Source:',
	svg_licence: 'Chart and data: Sailau, CC BY 4.0 (sources as named above)',
	fig_table: 'Data table',
	table_missing: 'not in the dataset',
	export_label: 'Download this chart',
	export_svg: 'Download SVG',
	export_png: 'Download PNG',
	export_csv: 'Download data (CSV)',
	data_title: 'Data and sources',
	data_description:
		'Every dataset behind Sailau with its sources, licence, known gaps and a download link.',
	data_lede:
		'Sailau draws every figure from the files below. Each was compiled from public sources, checked when the site is built, and can be downloaded as it is. Where a source is silent, the value is left empty and shown as missing; conflicts between sources and how each was settled are recorded in the two source notes.',
	data_covered: 'Elections covered:',
	data_coverage_item: '{year} ({convocation} convocation, {seats} seats)',
	data_download: 'Download {file}',
	data_licence: 'Licence',
	data_attribution: 'Attribution',
	data_sources: 'Sources',
	data_gaps: 'Known gaps',
	data_in_english: 'Dataset descriptions and gaps are written in English, as in the catalogue.',
	ov_heading: 'The {convocation} Majilis, elected {date}',
	ov_description:
		"Seats, party-list votes and turnout of Kazakhstan's parliamentary election of {date}: {seats} seats, {list} by party list and {smd} in single-mandate districts.",
	ov_lede:
		"Seats, party-list votes and turnout of Kazakhstan's snap election to the Majilis, the lower house of parliament: {seats} seats, {list} by party list and {smd} in single-mandate districts.",
	ov_hemi_note:
		"Single-mandate seats are counted by party membership ({party} {membership}). By nomination, the election commission's count, {party} has {nomination}:",
	ov_hemi_why: 'why the two differ',
	ov_hemi_caption: 'Seats per party (single-mandate seats counted by membership)',
	col_party: 'Party',
	col_list: 'Party list',
	col_smd: 'Single-mandate',
	col_total: 'Total',
	ov_vote_note:
		"Shares of {base} votes: votes for parties plus 'against all', which is set apart because it is no party and wins no seats. A party under {threshold} wins no list seats.",
	ov_vote_caption: 'Party-list vote, {date}',
	col_votes: 'Votes',
	col_share: 'Share',
	col_over: 'Over {threshold}',
	yes: 'yes',
	no: 'no',
	col_list_seats: 'List seats',
	ov_method_note:
		'The split of single-mandate seats is by party membership. By nomination, as the election commission counts, {party} has {smd} of them and the self-nominated {self}; the table gives both.',
	ov_method_caption: 'Seats per party by how they were won, under both counts',
	col_smd_membership: 'Single-mandate, by membership',
	col_smd_nomination: 'Single-mandate, by nomination (CEC)',
	col_total_membership: 'Total, by membership',
	col_total_nomination: 'Total, by nomination (CEC)',
	ov_alt_intro:
		'* Other turnout figures were also published for these elections. The chart uses the one in bold; the others follow, with what the data records about each:',
	ov_alt_also: 'also {value}:',
	ov_turnout_caption: 'Turnout at each election (* see the note)',
	col_election: 'Election',
	col_majilis: 'Majilis',
	col_turnout: 'Turnout',
	col_registered: 'Registered voters',
	col_ballots: 'Ballots cast',
	key_title: 'Key figures',
	key_seats: 'Seats in the {convocation} Majilis',
	key_majority: '{majority} make a majority',
	key_held: 'Seats held by {party}',
	key_why_mark: 'Why two figures: note',
	key_held_note:
		"counting party members; {nomination} by nomination, the election commission's count",
	key_why: 'why',
	key_methods: 'How the seats were filled',
	key_methods_note: '{list} by party list, {smd} in single-mandate districts',
	key_turnout: 'Turnout',
	key_turnout_final: 'final figure',
	key_turnout_rounded: ', often rounded to {rounded}',
	key_turnout_close: '; {pct} was the preliminary figure at the close of polls',
	key_threshold: 'Parties over the {threshold} threshold',
	key_of: '{part} of {whole}',
	key_no_seats: 'won no list seats',
	key_against: "; 'against all' took {pct}",
	key_previous: 'Previous Majilis ({convocation}, {year})',
	key_previous_note: "{party}'s majority, {share} of seats",
	key_renamed: '; renamed {to} in {year}, it now holds {share}',
	am_title: '* {party}: {membership} or {nomination} seats?',
	am_both:
		'Both figures are correct; they count the {smd} single-mandate seats in two different ways.',
	am_list_h: 'Party list.',
	am_list: '{party} won {list} of the {lists} party-list seats. Both counts agree on this.',
	am_nom_h: 'By nomination: {n} seats.',
	am_nom:
		'The Central Election Commission counts each district winner under whoever put the candidate forward. {party} nominated {smd} winners and {self} nominated themselves: {list} + {smd} = {total}.',
	am_mem_h: 'By party membership: {n} seats.',
	am_mem:
		'Counted by the party the winner belongs to, {smd} district winners are {party} members, because {joined} winners who ran as self-nominated are counted as members (the other {others} are not): {list} + {smd} = {total}.',
	am_mem_one:
		'Counted by the party the winner belongs to, {smd} district winners are {party} members, because {joined} winner who ran as self-nominated is counted as a member (the other {others} are not): {list} + {smd} = {total}.',
	am_either:
		"Either way {party} holds a majority ({majority} of {seats}). When quoting, name the count: “{nomination} seats, by the election commission's count” or “{membership} seats, counting party members”. The seat charts below count by membership; every table gives both.",
	am_by_nom_h: 'By nomination ({n})',
	am_by_mem_h: 'By membership ({n})',
	dist_title: 'The {total} single-mandate districts',
	dist_description:
		'Every single-mandate district of the 2023 Majilis election with its area, region and winner where the sources name one, and what is still missing.',
	dist_lede:
		"In 2023, 29 of the Majilis's 98 deputies were elected in single-mandate districts. The dataset names the winner in {winners} of the {total} districts and the region of {regions}; everything else is shown as missing ({missing}), not guessed.",
	dist_missing_title: 'What is missing, and why',
	dist_compiled:
		"The rows were compiled from the articles on single districts and from news reports; no copy of the Central Election Commission's own table of district results could be read, so a value only appears where a source states it. Districts {unplaced} have no confirmed region and are not placed on the map. Sources, conflicts and the full notes are on the",
	dist_caption: 'The single-mandate districts of 2023',
	dist_caption_sort: '; choose a column heading to sort',
	dist_caption_links: '. Region links open the region on the map.',
	dist_col_no: 'No.',
	dist_col_area: 'Area',
	dist_col_region: 'Region',
	dist_col_winner: 'Winner',
	dist_col_nomination: 'Nomination',
	dist_col_membership: 'Party membership',
	dist_col_source: 'Source',
	dist_not_confirmed: 'not confirmed',
	dist_cells_english:
		'Areas, nominations and source notes are quoted in English, as in the dataset.',
	...map.en,
	...simulate.en
};

export type MessageKey = keyof typeof en;
type Catalogue = Record<MessageKey, string>;

const kk: Catalogue = {
	...compare.kk,
	skip: 'Мазмұнға өту',
	brand_label: 'Sailau, басты бет',
	brand_tagline: 'Мәжіліс сайлауы, Қазақстан',
	nav_label: 'Негізгі мәзір',
	nav_overview: 'Шолу',
	nav_overview_blurb:
		'2023 жылғы 19 наурызда сайланған VIII шақырылым Мәжілісі: мандаттар, дауыстар және сайлауға қатысу.',
	nav_compare: 'Салыстыру',
	nav_compare_blurb: '2004 жылдан бергі кез келген екі Мәжіліс сайлауы қатар.',
	nav_map: 'Карта',
	nav_map_blurb: '17 облыс пен 3 қаладағы сайлауға қатысу және бір мандатты округтер.',
	nav_districts: 'Округтер',
	nav_districts_blurb: '2023 жылғы 29 бір мандатты округ және белгілі болса, олардың жеңімпаздары.',
	nav_simulate: 'Модельдеу',
	nav_simulate_blurb: 'Шекті мән мен мандат бөлу формуласы палатаны қалай өзгертер еді.',
	nav_data: 'Деректер',
	nav_data_blurb:
		'Sailau сүйенетін барлық деректер жиыны: дереккөздері, лицензиялары, олқылықтары және жүктеу.',
	lang_label: 'Тіл',
	theme_dark: 'Қараңғы режим',
	footer_before_link:
		'Sailau — Қазақстандағы Мәжіліс сайлауы туралы ашық бастапқы кодты дашборд. Сандар баспасөз бен анықтамалық басылымдар жариялаған Орталық сайлау комиссиясының деректерінен алынған; әрбір дереккөз, қайшылық пен олқылық',
	footer_link: 'деректер бетінде',
	footer_after_link: ' көрсетілген. Шекаралар: OCHA/UNHCR COD-AB 2023, HDX арқылы, CC BY-IGO 3.0.',
	error_404: 'Бет табылмады',
	error_other: 'Қате шықты',
	error_404_lede: 'Бұл мекенжайда бет жоқ. Sailau-дағы беттер:',
	error_other_lede: 'Бұл бетті көрсету мүмкін болмады. Осы жерден жалғастыруға болады:',
	english_only: 'Бұл бөлім әлі аударылмаған, ағылшын тілінде көрсетілген.',
	fig_source: 'Дереккөз:',
	svg_licence: 'Диаграмма мен деректер: Sailau, CC BY 4.0 (дереккөздері жоғарыда)',
	fig_table: 'Деректер кестесі',
	table_missing: 'деректер жиынында жоқ',
	export_label: 'Осы диаграмманы жүктеу',
	export_svg: 'SVG жүктеу',
	export_png: 'PNG жүктеу',
	export_csv: 'Деректерді жүктеу (CSV)',
	data_title: 'Деректер және дереккөздер',
	data_description:
		'Sailau сүйенетін әрбір деректер жиыны: дереккөздері, лицензиясы, белгілі олқылықтары және жүктеу сілтемесі.',
	data_lede:
		'Sailau-дағы әрбір сан төмендегі файлдардан алынады. Олардың әрқайсысы ашық дереккөздерден жинақталған, сайт құрастырылған сайын тексеріледі және сол күйінде жүктеп алуға болады. Дереккөзде мән болмаса, ол бос қалдырылып, жоқ деп көрсетіледі; дереккөздер арасындағы қайшылықтар мен олардың қалай шешілгені екі дереккөз жазбасында келтірілген.',
	data_covered: 'Қамтылған сайлаулар:',
	data_coverage_item: '{year} ({convocation} шақырылым, {seats} мандат)',
	data_download: '{file} жүктеу',
	data_licence: 'Лицензия',
	data_attribution: 'Авторлықты көрсету',
	data_sources: 'Дереккөздер',
	data_gaps: 'Белгілі олқылықтар',
	data_in_english:
		'Деректер жиындарының сипаттамасы мен олқылықтары каталогтағыдай ағылшын тілінде берілген.',
	ov_heading: '{convocation} шақырылым Мәжілісі, сайлау күні — {date}',
	ov_description:
		'Қазақстандағы {date} өткен парламент сайлауының мандаттары, партиялық тізімдер бойынша дауыстары және сайлауға қатысу деңгейі: {seats} мандат, оның {list} — партиялық тізім бойынша, {smd} — бір мандатты округтерден.',
	ov_lede:
		'Парламенттің төменгі палатасы — Мәжіліске өткен кезектен тыс сайлаудың мандаттары, партиялық тізімдер бойынша дауыстары және сайлауға қатысу деңгейі: {seats} мандат, оның {list} — партиялық тізім бойынша, {smd} — бір мандатты округтерден.',
	ov_hemi_note:
		'Бір мандатты округтердің мандаттары партиялық мүшелік бойынша есептелген ({party}: {membership}). Ұсыну бойынша, яғни Орталық сайлау комиссиясының есебінде, {party} партиясында {nomination} мандат:',
	ov_hemi_why: 'екі сан неге әртүрлі',
	ov_hemi_caption: 'Партиялардың мандаттары (бір мандатты округтер мүшелік бойынша есептелген)',
	col_party: 'Партия',
	col_list: 'Партиялық тізім',
	col_smd: 'Бір мандатты округ',
	col_total: 'Барлығы',
	ov_vote_note:
		'{base} дауыстағы үлес: партияларға берілген дауыстар және «бәріне қарсы» дауыстары; соңғысы бөлек көрсетілген, себебі ол партия емес және мандат алмайды. {threshold} шегінен төмен партия тізім бойынша мандат алмайды.',
	ov_vote_caption: 'Партиялық тізімдер бойынша дауыс беру, {date}',
	col_votes: 'Дауыс',
	col_share: 'Үлес',
	col_over: '{threshold} шегінен асты',
	yes: 'иә',
	no: 'жоқ',
	col_list_seats: 'Тізім бойынша мандат',
	ov_method_note:
		'Бір мандатты округтердің мандаттары партиялық мүшелік бойынша бөлінген. Ұсыну бойынша, Орталық сайлау комиссиясының есебінде, {party} партиясында олардың саны — {smd}, өзін-өзі ұсынғандарда — {self}; кестеде екеуі де берілген.',
	ov_method_caption: 'Партиялардың мандаттары қалай алынғаны бойынша, екі есеппен',
	col_smd_membership: 'Бір мандатты округ, мүшелік бойынша',
	col_smd_nomination: 'Бір мандатты округ, ұсыну бойынша (ОСК)',
	col_total_membership: 'Барлығы, мүшелік бойынша',
	col_total_nomination: 'Барлығы, ұсыну бойынша (ОСК)',
	ov_alt_intro:
		'* Бұл сайлаулар бойынша сайлауға қатысудың басқа да көрсеткіштері жарияланған. Диаграммада қалың қаріппен берілгені қолданылады; қалғандары деректердегі түсініктемесімен төменде:',
	ov_alt_also: 'сондай-ақ {value}:',
	ov_turnout_caption: 'Әр сайлаудағы сайлауға қатысу (* ескертпені қараңыз)',
	col_election: 'Сайлау',
	col_majilis: 'Мәжіліс',
	col_turnout: 'Қатысу',
	col_registered: 'Сайлаушы',
	col_ballots: 'Бюллетень',
	key_title: 'Негізгі көрсеткіштер',
	key_seats: '{convocation} шақырылым Мәжілісіндегі мандаттар',
	key_majority: 'көпшілікке {majority} мандат жеткілікті',
	key_held: '{party} мандаттары',
	key_why_mark: 'Неге екі сан: ескертпе',
	key_held_note:
		'партия мүшелері бойынша; ұсыну бойынша, Орталық сайлау комиссиясының есебінде — {nomination}',
	key_why: 'неге',
	key_methods: 'Мандаттар қалай толтырылды',
	key_methods_note: '{list} — партиялық тізім бойынша, {smd} — бір мандатты округтерден',
	key_turnout: 'Сайлауға қатысу',
	key_turnout_final: 'түпкілікті көрсеткіш',
	key_turnout_rounded: ', жиі {rounded} деп дөңгелектенеді',
	key_turnout_close: '; дауыс беру аяқталған сәттегі алдын ала көрсеткіш — {pct}',
	key_threshold: '{threshold} шегінен өткен партиялар',
	key_of: '{part} / {whole}',
	key_no_seats: 'тізім бойынша мандат алмады',
	key_against: '; «бәріне қарсы» — {pct}',
	key_previous: 'Алдыңғы Мәжіліс ({convocation} шақырылым, {year})',
	key_previous_note: '{party} көпшілігі, мандаттардың {share}',
	key_renamed: '; {year} жылы {to} болып қайта аталды, қазір мандаттардың {share} иеленеді',
	am_title: '* {party}: {membership} мандат па, әлде {nomination} бе?',
	am_both:
		'Екі сан да дұрыс: олар {smd} бір мандатты округтің мандатын екі түрлі тәсілмен есептейді.',
	am_list_h: 'Партиялық тізім.',
	am_list:
		'{party} партиялық тізім бойынша {lists} мандаттың {list} мандатын алды. Бұл жерде екі есеп те сәйкес келеді.',
	am_nom_h: 'Ұсыну бойынша: {n} мандат.',
	am_nom:
		'Орталық сайлау комиссиясы округте жеңген әр кандидатты оны кім ұсынғаны бойынша есептейді. {party} {smd} жеңімпазды ұсынды, ал {self} жеңімпаз өзін-өзі ұсынды: {list} + {smd} = {total}.',
	am_mem_h: 'Партиялық мүшелік бойынша: {n} мандат.',
	am_mem:
		'Жеңімпаз мүше болып табылатын партия бойынша есептегенде, округтерде жеңген {smd} депутат {party} мүшесі, өйткені өзін-өзі ұсынып жеңгендердің {joined} депутаты партия мүшесі болып есептеледі (қалған {others} депутат — жоқ): {list} + {smd} = {total}.',
	am_mem_one:
		'Жеңімпаз мүше болып табылатын партия бойынша есептегенде, округтерде жеңген {smd} депутат {party} мүшесі, өйткені өзін-өзі ұсынып жеңгендердің {joined} депутаты партия мүшесі болып есептеледі (қалған {others} депутат — жоқ): {list} + {smd} = {total}.',
	am_either:
		'{party} қай есеп бойынша да көпшілікке ие ({seats} мандаттың {majority} мандаты жеткілікті). Дәйексөз келтіргенде есептің қайсысы екенін атаңыз: «Орталық сайлау комиссиясының есебі бойынша {nomination} мандат» немесе «партия мүшелерін есептегенде {membership} мандат». Төмендегі мандат диаграммалары мүшелік бойынша есептейді; әр кестеде екеуі де бар.',
	am_by_nom_h: 'Ұсыну бойынша ({n})',
	am_by_mem_h: 'Мүшелік бойынша ({n})',
	dist_title: '{total} бір мандатты округ',
	dist_description:
		'2023 жылғы Мәжіліс сайлауының әрбір бір мандатты округі: аумағы, облысы және дереккөздер атаған жеңімпазы, сондай-ақ әлі белгісіз деректер.',
	dist_lede:
		'2023 жылы Мәжілістің 98 депутатының 29-ы бір мандатты округтерден сайланды. Деректер жиыны {total} округтің {winners} округінде жеңімпазды, {regions} округінде облысты атайды; қалғаны болжанбай, жоқ ({missing}) деп көрсетіледі.',
	dist_missing_title: 'Не жетіспейді және неге',
	dist_compiled:
		'Жолдар жекелеген округтер туралы мақалалар мен жаңалық хабарламаларынан жинақталды; Орталық сайлау комиссиясының округтер бойынша нәтижелер кестесінің өзін оқу мүмкін болмады, сондықтан мән тек дереккөзде айтылған жағдайда ғана беріледі. {unplaced} округтерінің облысы расталмаған, олар картада көрсетілмейді. Дереккөздер, қайшылықтар мен толық ескертпелер',
	dist_caption: '2023 жылғы бір мандатты округтер',
	dist_caption_sort: '; сұрыптау үшін баған атауын таңдаңыз',
	dist_caption_links: '. Облыс сілтемелері сол облысты картадан ашады.',
	dist_col_no: '№',
	dist_col_area: 'Аумағы',
	dist_col_region: 'Облыс',
	dist_col_winner: 'Жеңімпаз',
	dist_col_nomination: 'Ұсынған',
	dist_col_membership: 'Партиялық мүшелік',
	dist_col_source: 'Дереккөз',
	dist_not_confirmed: 'расталмаған',
	dist_cells_english:
		'Аумақтар, ұсыну деректері мен дереккөз жазбалары деректер жиынындағыдай ағылшын тілінде келтірілген.',
	...map.kk,
	...simulate.kk
};

const ru: Catalogue = {
	...compare.ru,
	skip: 'Перейти к содержанию',
	brand_label: 'Sailau, главная',
	brand_tagline: 'Выборы в Мажилис, Казахстан',
	nav_label: 'Основное меню',
	nav_overview: 'Обзор',
	nav_overview_blurb: 'Мажилис VIII созыва, избранный 19 марта 2023 года: мандаты, голоса и явка.',
	nav_compare: 'Сравнение',
	nav_compare_blurb: 'Любые двое выборов в Мажилис с 2004 года рядом.',
	nav_map: 'Карта',
	nav_map_blurb: 'Явка и одномандатные округа в 17 областях и 3 городах.',
	nav_districts: 'Округа',
	nav_districts_blurb: '29 одномандатных округов 2023 года и их победители, если они известны.',
	nav_simulate: 'Моделирование',
	nav_simulate_blurb: 'Как проходной барьер и формула распределения мандатов изменили бы палату.',
	nav_data: 'Данные',
	nav_data_blurb: 'Все наборы данных Sailau: источники, лицензии, пробелы и файлы для скачивания.',
	lang_label: 'Язык',
	theme_dark: 'Тёмная тема',
	footer_before_link:
		'Sailau — дашборд с открытым исходным кодом о выборах в Мажилис Казахстана. Цифры взяты из данных Центральной избирательной комиссии в изложении прессы и справочных изданий; все источники, расхождения и пробелы перечислены на',
	footer_link: 'странице данных',
	footer_after_link: '. Границы: OCHA/UNHCR COD-AB 2023 через HDX, CC BY-IGO 3.0.',
	error_404: 'Страница не найдена',
	error_other: 'Что-то пошло не так',
	error_404_lede: 'По этому адресу страницы нет. Вот страницы Sailau:',
	error_other_lede: 'Эту страницу не удалось показать. Можно продолжить отсюда:',
	english_only: 'Этот раздел ещё не переведён и показан на английском.',
	fig_source: 'Источник:',
	svg_licence: 'График и данные: Sailau, CC BY 4.0 (источники указаны выше)',
	fig_table: 'Таблица данных',
	table_missing: 'нет в наборе данных',
	export_label: 'Скачать этот график',
	export_svg: 'Скачать SVG',
	export_png: 'Скачать PNG',
	export_csv: 'Скачать данные (CSV)',
	data_title: 'Данные и источники',
	data_description:
		'Все наборы данных Sailau с источниками, лицензией, известными пробелами и ссылкой для скачивания.',
	data_lede:
		'Все цифры Sailau взяты из файлов ниже. Каждый собран из открытых источников, проверяется при сборке сайта и доступен для скачивания как есть. Если источник молчит, значение остаётся пустым и показано как отсутствующее; расхождения между источниками и то, как они разрешены, описаны в двух примечаниях к источникам.',
	data_covered: 'Охваченные выборы:',
	data_coverage_item: '{year} ({convocation} созыв, мандатов: {seats})',
	data_download: 'Скачать {file}',
	data_licence: 'Лицензия',
	data_attribution: 'Указание авторства',
	data_sources: 'Источники',
	data_gaps: 'Известные пробелы',
	data_in_english: 'Описания наборов данных и пробелов приведены на английском, как в каталоге.',
	ov_heading: 'Мажилис {convocation} созыва, избранный {date}',
	ov_description:
		'Мандаты, голоса по партийным спискам и явка на выборах в парламент Казахстана {date}: мандатов — {seats}, из них {list} по партийным спискам и {smd} по одномандатным округам.',
	ov_lede:
		'Мандаты, голоса по партийным спискам и явка на внеочередных выборах в Мажилис, нижнюю палату парламента Казахстана: мандатов — {seats}, из них {list} по партийным спискам и {smd} по одномандатным округам.',
	ov_hemi_note:
		'Мандаты по одномандатным округам учтены по партийной принадлежности ({party}: {membership}). По выдвижению, как считает Центральная избирательная комиссия, у партии «{party}» {nomination}:',
	ov_hemi_why: 'почему цифры расходятся',
	ov_hemi_caption: 'Мандаты партий (одномандатные округа — по партийной принадлежности)',
	col_party: 'Партия',
	col_list: 'Партийный список',
	col_smd: 'Одномандатные округа',
	col_total: 'Всего',
	ov_vote_note:
		'Доли от {base} голосов: голоса за партии и «против всех»; последнее показано отдельно, потому что это не партия и мандатов не получает. Партия, не преодолевшая барьер {threshold}, мандатов по спискам не получает.',
	ov_vote_caption: 'Голосование по партийным спискам, {date}',
	col_votes: 'Голоса',
	col_share: 'Доля',
	col_over: 'Выше {threshold}',
	yes: 'да',
	no: 'нет',
	col_list_seats: 'Мандаты по списку',
	ov_method_note:
		'Мандаты по одномандатным округам распределены по партийной принадлежности. По выдвижению, как считает Центральная избирательная комиссия, у партии «{party}» их {smd}, у самовыдвиженцев — {self}; в таблице есть оба подсчёта.',
	ov_method_caption: 'Мандаты партий по способу избрания, по обоим подсчётам',
	col_smd_membership: 'Одномандатные, по принадлежности',
	col_smd_nomination: 'Одномандатные, по выдвижению (ЦИК)',
	col_total_membership: 'Всего, по принадлежности',
	col_total_nomination: 'Всего, по выдвижению (ЦИК)',
	ov_alt_intro:
		'* По этим выборам публиковались и другие цифры явки. На графике — выделенная жирным; остальные приведены ниже с тем, что о них сказано в данных:',
	ov_alt_also: 'также {value}:',
	ov_turnout_caption: 'Явка на каждых выборах (* см. примечание)',
	col_election: 'Выборы',
	col_majilis: 'Созыв',
	col_turnout: 'Явка',
	col_registered: 'Избиратели',
	col_ballots: 'Бюллетени',
	key_title: 'Главные цифры',
	key_seats: 'Мандатов в Мажилисе {convocation} созыва',
	key_majority: 'для большинства нужно {majority}',
	key_held: 'Мандаты партии «{party}»',
	key_why_mark: 'Почему две цифры: примечание',
	key_held_note:
		'с учётом членов партии; {nomination} по выдвижению, как считает Центральная избирательная комиссия',
	key_why: 'почему',
	key_methods: 'Как распределены мандаты',
	key_methods_note: '{list} по партийным спискам, {smd} по одномандатным округам',
	key_turnout: 'Явка',
	key_turnout_final: 'окончательные данные',
	key_turnout_rounded: ', часто округляется до {rounded}',
	key_turnout_close: '; {pct} — предварительные данные на момент закрытия участков',
	key_threshold: 'Партий преодолели барьер {threshold}',
	key_of: '{part} из {whole}',
	key_no_seats: 'не получили мандатов по спискам',
	key_against: '; «против всех» — {pct}',
	key_previous: 'Предыдущий Мажилис ({convocation} созыв, {year})',
	key_previous_note: 'большинство партии «{party}», {share} мандатов',
	key_renamed: '; в {year} году переименована в «{to}», сейчас у неё {share}',
	am_title: '* «{party}»: {membership} или {nomination} — сколько мандатов?',
	am_both:
		'Обе цифры верны: это два разных способа подсчёта {smd} мандатов по одномандатным округам.',
	am_list_h: 'Партийный список.',
	am_list:
		'«{party}» получила {list} из {lists} мандатов по партийным спискам. Здесь оба подсчёта совпадают.',
	am_nom_h: 'По выдвижению: {n}.',
	am_nom:
		'Центральная избирательная комиссия относит каждого победителя в округе к тому, кто выдвинул кандидата. «{party}» выдвинула победителей: {smd}, самовыдвиженцев среди победителей: {self}. Итого {list} + {smd} = {total}.',
	am_mem_h: 'По партийной принадлежности: {n}.',
	am_mem:
		'Если считать по партии, в которой состоит победитель, членов «{party}» среди победителей в округах {smd}: членами партии считаются и победители-самовыдвиженцы (их {joined}; остальные {others} — нет). Итого {list} + {smd} = {total}.',
	am_mem_one:
		'Если считать по партии, в которой состоит победитель, членов «{party}» среди победителей в округах {smd}: членами партии считаются и победители-самовыдвиженцы (их {joined}; остальные {others} — нет). Итого {list} + {smd} = {total}.',
	am_either:
		'При любом подсчёте у партии «{party}» большинство ({majority} из {seats}). При цитировании называйте способ подсчёта: «{nomination} — по подсчёту Центральной избирательной комиссии» или «{membership} — с учётом членов партии». Графики мандатов ниже считают по принадлежности; в каждой таблице есть оба подсчёта.',
	am_by_nom_h: 'По выдвижению ({n})',
	am_by_mem_h: 'По принадлежности ({n})',
	dist_title: '{total} одномандатных округов',
	dist_description:
		'Все одномандатные округа выборов в Мажилис 2023 года: территория, область и победитель, если его называют источники, а также то, чего пока нет в данных.',
	dist_lede:
		'В 2023 году 29 из 98 депутатов Мажилиса избраны по одномандатным округам. Набор данных называет победителя в {winners} из {total} округов и область — в {regions}; всё остальное показано как отсутствующее ({missing}), а не угадано.',
	dist_missing_title: 'Чего не хватает и почему',
	dist_compiled:
		'Строки собраны из статей об отдельных округах и новостных сообщений; собственную таблицу результатов по округам Центральной избирательной комиссии прочитать не удалось, поэтому значение указано только там, где его приводит источник. Для округов {unplaced} область не подтверждена, и на карте их нет. Источники, расхождения и полные примечания — на',
	dist_caption: 'Одномандатные округа 2023 года',
	dist_caption_sort: '; чтобы отсортировать, выберите заголовок столбца',
	dist_caption_links: '. Ссылки на области открывают область на карте.',
	dist_col_no: '№',
	dist_col_area: 'Территория',
	dist_col_region: 'Область',
	dist_col_winner: 'Победитель',
	dist_col_nomination: 'Выдвижение',
	dist_col_membership: 'Партийная принадлежность',
	dist_col_source: 'Источник',
	dist_not_confirmed: 'не подтверждена',
	dist_cells_english:
		'Территории, выдвижение и примечания к источникам приведены на английском, как в наборе данных.',
	...map.ru,
	...simulate.ru
};

export const MESSAGES: Record<Lang, Catalogue> = { en, kk, ru };

/** The message `key` in `lang`, with {placeholders} filled from `params`. */
export function t(
	lang: Lang,
	key: MessageKey,
	params: Record<string, string | number> = {}
): string {
	return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** A translator bound to one language. */
export function translator(lang: Lang) {
	return (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
}
