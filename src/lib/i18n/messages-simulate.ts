/**
 * Interface strings of the seat-allocation simulator (/simulate/) in English, Kazakh and Russian,
 * spread into the catalogue in messages.ts. The sentences the simulator writes from the numbers
 * (and the chart's own words) are in src/lib/simulate/text.ts.
 */

export const en = {
	sim_title: 'Seat-allocation simulator',
	sim_description:
		'Change the threshold, the seat formula and the chamber design, and see how the votes of any Majilis election since 2007 would have filled the chamber.',
	sim_lede:
		'The same votes can make different parliaments. Change the threshold, the seat formula and the chamber design, and see how the votes of {years} would have filled the Majilis.',
	sim_needs_js:
		'The controls need JavaScript. Without it this page shows the {year} chamber as elected, under the rules it was elected by.',
	sim_law_before:
		'Since 2009 the election law has let the second-placed party share the list seats even below the threshold (first applied in 2012, see the',
	sim_law_link: '2012 election',
	sim_law_after: '); the simulator applies the threshold alone.',
	sim_as_elected: 'As elected',
	sim_simulated: 'Simulated',
	sim_rings: 'Rings are the {smd} single-mandate seats, kept as elected and counted by {count}:',
	sim_count_membership: 'membership',
	sim_count_nomination: 'nomination',
	sim_notes_english: 'Notes quoted from the dataset are in English.',
	sim_table_caption: 'The simulated chamber: party-list votes and seats',
	sim_col_list_votes: 'List votes',
	sim_col_exact: 'Exact proportional seats',
	sim_col_assembly: 'Assembly',
	sim_under_threshold: 'under threshold',
	sim_no_list_vote: 'no list vote',
	sim_diff_heading: 'Seats compared with the chamber as elected in {year}',
	sim_diff_caption: 'Seats per party: as elected, simulated, and the difference',
	sim_col_difference: 'Difference',
	sim_col_list_vote: 'List vote',
	sim_col_over: 'Over threshold',
	sim_all_seats: 'All seats',
	sim_how_heading: 'How the simulator counts',
	sim_how_threshold_h: 'Threshold.',
	sim_how_threshold:
		'A party needs at least the threshold share of the vote to win list seats; exactly at the threshold counts as over it. As the Central Election Commission did, 2023 shares are measured against the votes for parties plus "against all"; earlier shares against the votes for parties.',
	sim_how_hare_h: 'Largest remainder (Hare quota)',
	sim_how_hare:
		', the rule Kazakhstan uses: the quota is the votes of the parties over the threshold divided by the seats; each party gets its votes divided by the quota, rounded down, and the seats left over go to the largest remainders. It reproduces the published list seats of every election here.',
	sim_how_dhondt_h: "D'Hondt",
	sim_how_and: 'and',
	sim_how_sl_h: 'Sainte-Laguë',
	sim_how_divisors:
		"hand out seats one at a time to the highest average: votes divided by 1, 2, 3… (D'Hondt) or 1, 3, 5… (Sainte-Laguë) for each seat a party already has.",
	sim_how_ties_h: 'Ties',
	sim_how_ties:
		'(equal remainders or averages, compared exactly) go to the party with more votes, then to the party whose id comes first in the alphabet.',
	sim_how_chamber_h: 'Chamber.',
	sim_how_chamber:
		'Single-mandate seats cannot be recomputed from list votes, so they are kept as elected, and only for {years}. The Assembly of the People chose {assembly} deputies until 2023; in that design they are drawn as its seats.',
	sim_rules: 'Rules to simulate',
	sim_election: 'Votes of the election',
	sim_threshold: 'Threshold',
	sim_threshold_slider: 'Threshold, slider',
	sim_formula: 'Seat formula',
	sim_method_hare: 'Largest remainder (Hare quota)',
	sim_method_dhondt: "D'Hondt",
	sim_method_sainte_lague: 'Sainte-Laguë',
	sim_hint_hare: 'as Kazakhstan uses',
	sim_hint_dhondt: 'divisors 1, 2, 3…; favours large parties',
	sim_hint_sainte_lague: 'divisors 1, 3, 5…; closer to proportional',
	sim_chamber: 'Chamber',
	sim_design_mixed: 'List seats + single-mandate seats kept as elected',
	sim_design_list: 'Every seat by party list',
	sim_design_assembly: 'List seats + Assembly of the People',
	sim_used_in: 'as in {years}',
	sim_used_in_year: 'as in {year}',
	sim_not_used: 'not used so far',
	sim_only_for: '; only for {ids}',
	sim_smd_legend: "Count {year}'s single-mandate winners by",
	sim_smd_membership: 'party membership',
	sim_smd_nomination: 'nomination (CEC)',
	sim_self_nominated: 'self-nominated',
	sim_reset: 'Back to the rules of {year}'
};

type Catalogue = Record<keyof typeof en, string>;

export const kk: Catalogue = {
	sim_title: 'Мандат бөлу симуляторы',
	sim_description:
		'Сайлау табалдырығын, мандат бөлу формуласын және палата құрылымын өзгертіп, 2007 жылдан бергі кез келген Мәжіліс сайлауының дауыстары палатаны қалай толтырар еді, соны көріңіз.',
	sim_lede:
		'Бір дауыстардан әртүрлі парламент шығуы мүмкін. Сайлау табалдырығын, мандат бөлу формуласын және палата құрылымын өзгертіп, {years} жылдардағы дауыстар Мәжілісті қалай толтырар еді, соны көріңіз.',
	sim_needs_js:
		'Басқару элементтері JavaScript-ті қажет етеді. Онсыз бұл бет {year} жылғы палатаны сайланған күйінде, сол сайлаудың ережелері бойынша көрсетеді.',
	sim_law_before:
		'2009 жылдан бері сайлау заңы екінші орындағы партияға табалдырықтан төмен болса да партиялық тізім бойынша мандаттарды бөлісуге мүмкіндік береді (алғаш 2012 жылы қолданылды, қараңыз:',
	sim_law_link: '2012 жылғы сайлау',
	sim_law_after: '); симулятор тек табалдырықты қолданады.',
	sim_as_elected: 'Сайланғандай',
	sim_simulated: 'Модель',
	sim_rings:
		'Сақиналар — сайлаудағыдай сақталған, {count} бойынша есептелген {smd} бір мандатты округ мандаты:',
	sim_count_membership: 'партиялық мүшелік',
	sim_count_nomination: 'ұсыну',
	sim_notes_english: 'Деректер жиынынан алынған ескертпелер ағылшын тілінде берілген.',
	sim_table_caption: 'Модельденген палата: партиялық тізімдер бойынша дауыстар мен мандаттар',
	sim_col_list_votes: 'Тізімге берілген дауыс',
	sim_col_exact: 'Дәл пропорционал мандат',
	sim_col_assembly: 'Ассамблея',
	sim_under_threshold: 'табалдырықтан төмен',
	sim_no_list_vote: 'тізімге дауыс жоқ',
	sim_diff_heading: '{year} жылы сайланған палатамен салыстырғандағы мандаттар',
	sim_diff_caption: 'Партиялардың мандаттары: сайланғандай, модель және айырма',
	sim_col_difference: 'Айырма',
	sim_col_list_vote: 'Тізімге дауыс',
	sim_col_over: 'Табалдырықтан өтті',
	sim_all_seats: 'Барлық мандат',
	sim_how_heading: 'Симулятор қалай есептейді',
	sim_how_threshold_h: 'Сайлау табалдырығы.',
	sim_how_threshold:
		'Партиялық тізім бойынша мандат алу үшін партия дауыстардың кемінде табалдырық үлесін жинауы керек; дәл табалдырыққа тең үлес одан өткен болып саналады. Орталық сайлау комиссиясы сияқты, 2023 жылғы үлестер партияларға және «бәріне қарсы» берілген дауыстардан, ал бұрынғылары партияларға берілген дауыстардан есептеледі.',
	sim_how_hare_h: 'Ең үлкен қалдық әдісі (Хэр квотасы)',
	sim_how_hare:
		' — Қазақстан қолданатын ереже: квота — табалдырықтан өткен партиялар дауыстарының мандат санына бөліндісі; әр партия өз дауыстарын квотаға бөліп, төмен қарай дөңгелектегенде шыққан мандатты алады, ал қалған мандаттар ең үлкен қалдықтарға беріледі. Бұл әдіс мұндағы әр сайлаудың жарияланған тізім мандаттарын дәл қайталайды.',
	sim_how_dhondt_h: 'Д’Ондт',
	sim_how_and: 'және',
	sim_how_sl_h: 'Сент-Лагю',
	sim_how_divisors:
		'әдістері мандаттарды бір-бірден ең үлкен орташа мәнге береді: партияның бұрыннан бар әр мандаты үшін дауыстары 1, 2, 3… (Д’Ондт) немесе 1, 3, 5… (Сент-Лагю) сандарына бөлінеді.',
	sim_how_ties_h: 'Тең жағдайда',
	sim_how_ties:
		'(қалдықтар немесе орташа мәндер дәл тең болса) мандат дауысы көп партияға, одан кейін идентификаторы әліпби бойынша бірінші тұрған партияға беріледі.',
	sim_how_chamber_h: 'Палата.',
	sim_how_chamber:
		'Бір мандатты округтердің мандаттарын тізімдерге берілген дауыстардан қайта есептеу мүмкін емес, сондықтан олар сайлаудағыдай сақталады; бұл тек мына сайлауларға қатысты: {years}. Қазақстан халқы Ассамблеясы 2023 жылға дейін {assembly} депутат сайлап келді; бұл құрылымда олар Ассамблея мандаттары ретінде көрсетіледі.',
	sim_rules: 'Модельдеу ережелері',
	sim_election: 'Қай сайлаудың дауыстары',
	sim_threshold: 'Сайлау табалдырығы',
	sim_threshold_slider: 'Сайлау табалдырығы, жүгірткі',
	sim_formula: 'Мандат бөлу формуласы',
	sim_method_hare: 'Ең үлкен қалдық (Хэр квотасы)',
	sim_method_dhondt: 'Д’Ондт',
	sim_method_sainte_lague: 'Сент-Лагю',
	sim_hint_hare: 'Қазақстан қолданатын әдіс',
	sim_hint_dhondt: 'бөлгіштер 1, 2, 3…; ірі партияларға тиімді',
	sim_hint_sainte_lague: 'бөлгіштер 1, 3, 5…; пропорционалдыққа жақынырақ',
	sim_chamber: 'Палата',
	sim_design_mixed: 'Тізім мандаттары + сайлаудағыдай сақталған бір мандатты округтер',
	sim_design_list: 'Барлық мандат партиялық тізім бойынша',
	sim_design_assembly: 'Тізім мандаттары + Қазақстан халқы Ассамблеясы',
	sim_used_in: '{years} жылдардағыдай',
	sim_used_in_year: '{year} жылғыдай',
	sim_not_used: 'әзірге қолданылмаған',
	sim_only_for: '; тек {ids} үшін',
	sim_smd_legend: '{year} жылғы бір мандатты округ жеңімпаздарын есептеу тәсілі',
	sim_smd_membership: 'партиялық мүшелік бойынша',
	sim_smd_nomination: 'ұсыну бойынша (ОСК)',
	sim_self_nominated: 'өзін-өзі ұсынғандар',
	sim_reset: '{year} жылғы ережелерге қайту'
};

export const ru: Catalogue = {
	sim_title: 'Симулятор распределения мандатов',
	sim_description:
		'Измените проходной барьер, формулу распределения мандатов и устройство палаты и посмотрите, как голоса любых выборов в Мажилис с 2007 года заполнили бы палату.',
	sim_lede:
		'Из одних и тех же голосов могут получиться разные парламенты. Измените проходной барьер, формулу распределения мандатов и устройство палаты и посмотрите, как голоса выборов {years} годов заполнили бы Мажилис.',
	sim_needs_js:
		'Для элементов управления нужен JavaScript. Без него страница показывает палату {year} года такой, какой она была избрана, по правилам тех выборов.',
	sim_law_before:
		'С 2009 года закон о выборах позволяет партии, занявшей второе место, получить мандаты по спискам даже ниже барьера (впервые применено в 2012 году, см.',
	sim_law_link: 'выборы 2012 года',
	sim_law_after: '); симулятор применяет только барьер.',
	sim_as_elected: 'По итогам выборов',
	sim_simulated: 'Модель',
	sim_rings:
		'Кольца — {smd} мандатов по одномандатным округам, сохранённых по итогам выборов и учтённых по {count}:',
	sim_count_membership: 'партийной принадлежности',
	sim_count_nomination: 'выдвижению',
	sim_notes_english: 'Примечания из набора данных приведены на английском.',
	sim_table_caption: 'Смоделированная палата: голоса и мандаты по партийным спискам',
	sim_col_list_votes: 'Голоса за список',
	sim_col_exact: 'Точная пропорциональная доля мандатов',
	sim_col_assembly: 'Ассамблея',
	sim_under_threshold: 'ниже барьера',
	sim_no_list_vote: 'нет голосов за список',
	sim_diff_heading: 'Мандаты в сравнении с палатой, избранной в {year} году',
	sim_diff_caption: 'Мандаты партий: по итогам выборов, в модели и разница',
	sim_col_difference: 'Разница',
	sim_col_list_vote: 'Голоса за список',
	sim_col_over: 'Выше барьера',
	sim_all_seats: 'Все мандаты',
	sim_how_heading: 'Как считает симулятор',
	sim_how_threshold_h: 'Проходной барьер.',
	sim_how_threshold:
		'Чтобы получить мандаты по спискам, партии нужно набрать не меньше доли голосов, равной барьеру; ровно барьер считается его преодолением. Как и Центральная избирательная комиссия, доли 2023 года считаются от голосов за партии и «против всех», более ранние — от голосов за партии.',
	sim_how_hare_h: 'Метод наибольшего остатка (квота Хэра)',
	sim_how_hare:
		' — правило, которое применяет Казахстан: квота равна голосам партий, преодолевших барьер, делённым на число мандатов; каждая партия получает свои голоса, делённые на квоту и округлённые вниз, а оставшиеся мандаты достаются наибольшим остаткам. Этот метод воспроизводит опубликованные мандаты по спискам на всех выборах здесь.',
	sim_how_dhondt_h: 'Методы д’Ондта',
	sim_how_and: 'и',
	sim_how_sl_h: 'Сент-Лагю',
	sim_how_divisors:
		'раздают мандаты по одному наибольшему среднему: голоса делятся на 1, 2, 3… (д’Ондт) или на 1, 3, 5… (Сент-Лагю) по числу мандатов, которые у партии уже есть.',
	sim_how_ties_h: 'При равенстве',
	sim_how_ties:
		'(остатков или средних, сравниваемых точно) мандат получает партия с бо́льшим числом голосов, затем — партия, чей идентификатор раньше по алфавиту.',
	sim_how_chamber_h: 'Палата.',
	sim_how_chamber:
		'Мандаты по одномандатным округам нельзя пересчитать из голосов за списки, поэтому они сохраняются по итогам выборов, и только для выборов {years}. До 2023 года Ассамблея народа Казахстана избирала {assembly} депутатов; в этой схеме они показаны как её мандаты.',
	sim_rules: 'Правила для моделирования',
	sim_election: 'Голоса выборов',
	sim_threshold: 'Проходной барьер',
	sim_threshold_slider: 'Проходной барьер, ползунок',
	sim_formula: 'Формула распределения мандатов',
	sim_method_hare: 'Наибольший остаток (квота Хэра)',
	sim_method_dhondt: 'Д’Ондт',
	sim_method_sainte_lague: 'Сент-Лагю',
	sim_hint_hare: 'применяется в Казахстане',
	sim_hint_dhondt: 'делители 1, 2, 3…; выгоден крупным партиям',
	sim_hint_sainte_lague: 'делители 1, 3, 5…; ближе к пропорциональности',
	sim_chamber: 'Палата',
	sim_design_mixed: 'Мандаты по спискам + одномандатные округа по итогам выборов',
	sim_design_list: 'Все мандаты по партийным спискам',
	sim_design_assembly: 'Мандаты по спискам + Ассамблея народа Казахстана',
	sim_used_in: 'как в {years} годах',
	sim_used_in_year: 'как в {year} году',
	sim_not_used: 'пока не применялось',
	sim_only_for: '; только для {ids}',
	sim_smd_legend: 'Как считать победителей в одномандатных округах {year} года',
	sim_smd_membership: 'по партийной принадлежности',
	sim_smd_nomination: 'по выдвижению (ЦИК)',
	sim_self_nominated: 'самовыдвиженцы',
	sim_reset: 'Вернуть правила {year} года'
};
