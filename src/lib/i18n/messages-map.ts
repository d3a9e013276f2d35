/**
 * The interface strings of the regional map page (/map/) in English, Kazakh and Russian, spread
 * into the catalogue in messages.ts. `kk` and `ru` must have exactly the keys of `en`.
 * The words drawn inside the map's SVG are in src/lib/charts/map/text.ts.
 */
export const en = {
	map_title: 'Regional map',
	map_description:
		"Turnout in 2023, its change since 2021, and the single-mandate districts across Kazakhstan's 17 regions and 3 cities of republican significance, on the borders of 2023.",
	map_lede:
		"Turnout and single-mandate districts across Kazakhstan's 17 regions and 3 cities of republican significance, on the borders of 2023. The regional turnout figures are the Central Election Commission's preliminary ones: {s2023} in 2023, {s2021} in 2021.",
	map_layer_label: 'Map layer',
	map_layer: 'Layer',
	map_layer_turnout: 'Turnout 2023',
	map_layer_change: 'Change since 2021',
	map_layer_districts: 'Districts',
	map_bad_layer: 'There is no layer “{layer}”: showing {fallback}.',
	map_note_turnout:
		"Preliminary figures: the CEC's turnout by region {s2023} on {date}. No final CEC table by region was found. Cities are drawn as circles, because on this scale they are a few pixels wide.",
	map_note_change:
		"2023 minus 2021, in percentage points. Both are preliminary: {s2023} in 2023, {s2021} in 2021. Hatched: {created} were created in 2022, so each is compared with the 2021 figure of the region it was split from ({pairs}); those regions' own 2021 figures include the territory they gave up.",
	map_note_districts:
		'Shade: how many of the {total} districts the dataset places in each region. Winners are named where the data know them, and marked “not in dataset” otherwise.',
	map_note_unplaced: 'Region not in the dataset (not guessed):',
	map_district_no: 'No. {no}',
	map_table_label: 'Table of all {units} units',
	map_panel_unknown: 'No unit with the code “{code}”: showing the whole country.',
	map_panel_close: 'Show the whole country',
	map_panel_city: 'City of republican significance',
	map_panel_region: 'Region',
	map_panel_turnout2023: 'Turnout 2023',
	map_panel_turnout2021: 'Turnout 2021',
	map_panel_part_of: '{parent}, which it was part of until 2022;',
	map_panel_including: 'then including {children};',
	map_panel_change: 'Change',
	map_panel_pp: '{value} percentage points',
	map_panel_districts: 'Single-mandate districts',
	map_panel_no_winner: 'winner not in dataset',
	map_panel_none: 'none placed here in the dataset',
	map_panel_country: 'Kazakhstan',
	map_panel_national: 'Turnout 2023:',
	map_panel_hint_live:
		'Choose a region or city on the map, with the keyboard (Tab, then Enter) or in the table, to see its figures here.',
	map_panel_hint_static: 'The table lists the figures of every region and city.',
	map_table_caption:
		'All {units} units: turnout in % of registered voters, its change in percentage points, and the single-mandate districts with their winners',
	map_col_region: 'Region',
	map_col_change: 'Change',
	map_col_winner: 'District: winner',
	map_city: '{name} (city)',
	map_table_foot:
		'Created in 2022: the 2021 figure is that of the region it was split from ({pairs}).',
	map_in_english:
		'Source credits and the boundary attribution are quoted in English, as in the dataset; winners’ names are spelled as in the sources.'
};

type Messages = Record<keyof typeof en, string>;

export const kk: Messages = {
	map_title: 'Өңірлер картасы',
	map_description:
		'Қазақстанның 17 облысы мен республикалық маңызы бар 3 қаласындағы 2023 жылғы сайлауға қатысу, оның 2021 жылдан бергі өзгерісі және бір мандатты округтер, 2023 жылғы шекаралар бойынша.',
	map_lede:
		'Қазақстанның 17 облысы мен республикалық маңызы бар 3 қаласындағы сайлауға қатысу және бір мандатты округтер, 2023 жылғы шекаралар бойынша. Өңірлер бойынша сайлауға қатысу көрсеткіштері — Орталық сайлау комиссиясының деректері: 2023 жылы {s2023}, 2021 жылы {s2021}.',
	map_layer_label: 'Карта қабаты',
	map_layer: 'Қабат',
	map_layer_turnout: 'Қатысу, 2023',
	map_layer_change: '2021 жылдан бергі өзгеріс',
	map_layer_districts: 'Округтер',
	map_bad_layer: '«{layer}» қабаты жоқ: «{fallback}» қабаты көрсетілген.',
	map_note_turnout:
		'Алдын ала деректер: ОСК-ның өңірлер бойынша сайлауға қатысу көрсеткіштері ({s2023}), {date}. ОСК-ның өңірлер бойынша түпкілікті кестесі табылмады. Қалалар шеңбермен көрсетілген, себебі бұл масштабта олардың ені бірнеше пиксель ғана.',
	map_note_change:
		'2023 жылғы көрсеткіштен 2021 жылғыны алғанда, пайыздық тармақпен. Екеуі де алдын ала: 2023 жылы {s2023}, 2021 жылы {s2021}. Штрихталған: {created} 2022 жылы құрылған, сондықтан әрқайсысы өзі бөлініп шыққан облыстың 2021 жылғы көрсеткішімен салыстырылады ({pairs}); ол облыстардың өз 2021 жылғы көрсеткіштеріне кейін берілген аумақ та кіреді.',
	map_note_districts:
		'Түсі: деректер жиынында әр облысқа {total} округтің қаншасы орналастырылғаны. Жеңімпаздар деректерде болса аталады, болмаса «деректер жиынында жоқ» деп белгіленеді.',
	map_note_unplaced: 'Облысы деректер жиынында жоқ (болжанбайды):',
	map_district_no: '№ {no}',
	map_table_label: 'Барлық {units} аумақтың кестесі',
	map_panel_unknown: '«{code}» кодымен аумақ жоқ: бүкіл ел көрсетілген.',
	map_panel_close: 'Бүкіл елді көрсету',
	map_panel_city: 'Республикалық маңызы бар қала',
	map_panel_region: 'Облыс',
	map_panel_turnout2023: 'Сайлауға қатысу, 2023',
	map_panel_turnout2021: 'Сайлауға қатысу, 2021',
	map_panel_part_of: '{parent}, 2022 жылға дейін оның құрамында болған;',
	map_panel_including: 'ол кезде {children} қоса алғанда;',
	map_panel_change: 'Өзгеріс',
	map_panel_pp: '{value} пайыздық тармақ',
	map_panel_districts: 'Бір мандатты округтер',
	map_panel_no_winner: 'жеңімпаз деректер жиынында жоқ',
	map_panel_none: 'деректер жиынында бұл жерге округ орналастырылмаған',
	map_panel_country: 'Қазақстан',
	map_panel_national: 'Сайлауға қатысу, 2023:',
	map_panel_hint_live:
		'Осы жерде сандарын көру үшін картадан облысты не қаланы таңдаңыз: пернетақтамен (Tab, содан кейін Enter) немесе кестеден.',
	map_panel_hint_static: 'Кестеде әр облыс пен қаланың сандары берілген.',
	map_table_caption:
		'Барлық {units} аумақ: сайлауға қатысу, тіркелген сайлаушылардың %-ы, оның пайыздық тармақпен өзгерісі және бір мандатты округтер мен олардың жеңімпаздары',
	map_col_region: 'Өңір',
	map_col_change: 'Өзгеріс',
	map_col_winner: 'Округ: жеңімпаз',
	map_city: '{name} (қала)',
	map_table_foot:
		'2022 жылы құрылған: 2021 жылғы көрсеткіш — өзі бөлініп шыққан облыстың көрсеткіші ({pairs}).',
	map_in_english:
		'Дереккөздер мен шекаралар туралы мәлімет деректер жиынындағыдай ағылшын тілінде берілген; жеңімпаздардың есімдері дереккөздердегідей жазылған.'
};

export const ru: Messages = {
	map_title: 'Карта регионов',
	map_description:
		'Явка в 2023 году, её изменение с 2021 года и одномандатные округа в 17 областях и 3 городах республиканского значения Казахстана, в границах 2023 года.',
	map_lede:
		'Явка и одномандатные округа в 17 областях и 3 городах республиканского значения Казахстана, в границах 2023 года. Явка по регионам — данные Центральной избирательной комиссии: в 2023 году {s2023}, в 2021 году {s2021}.',
	map_layer_label: 'Слой карты',
	map_layer: 'Слой',
	map_layer_turnout: 'Явка 2023',
	map_layer_change: 'Изменение с 2021 года',
	map_layer_districts: 'Округа',
	map_bad_layer: 'Слоя «{layer}» нет: показан слой «{fallback}».',
	map_note_turnout:
		'Предварительные данные: явка по регионам на {date} по данным ЦИК ({s2023}). Окончательной таблицы ЦИК по регионам найти не удалось. Города показаны кружками: в этом масштабе они занимают лишь несколько пикселей.',
	map_note_change:
		'Явка 2023 года минус явка 2021 года, в процентных пунктах. Обе цифры предварительные: в 2023 году {s2023}, в 2021 году {s2021}. Штриховка: {created} созданы в 2022 году, поэтому каждая сравнивается с цифрой 2021 года для области, из которой она выделена ({pairs}); в цифры 2021 года этих областей входит и переданная позже территория.',
	map_note_districts:
		'Цвет: сколько из {total} округов набор данных относит к каждой области. Победители названы, если они известны, иначе отмечено «нет в наборе данных».',
	map_note_unplaced: 'Область не указана в наборе данных (не угадываем):',
	map_district_no: '№ {no}',
	map_table_label: 'Таблица всех {units} регионов',
	map_panel_unknown: 'Региона с кодом «{code}» нет: показана вся страна.',
	map_panel_close: 'Показать всю страну',
	map_panel_city: 'Город республиканского значения',
	map_panel_region: 'Область',
	map_panel_turnout2023: 'Явка 2023',
	map_panel_turnout2021: 'Явка 2021',
	map_panel_part_of: '{parent}, в состав которой она входила до 2022 года;',
	map_panel_including: 'тогда вместе с территорией: {children};',
	map_panel_change: 'Изменение',
	map_panel_pp: '{value} п. п.',
	map_panel_districts: 'Одномандатные округа',
	map_panel_no_winner: 'победителя нет в наборе данных',
	map_panel_none: 'в наборе данных здесь нет ни одного округа',
	map_panel_country: 'Казахстан',
	map_panel_national: 'Явка 2023:',
	map_panel_hint_live:
		'Выберите область или город на карте, с клавиатуры (Tab, затем Enter) или в таблице, чтобы увидеть здесь их цифры.',
	map_panel_hint_static: 'В таблице приведены цифры всех областей и городов.',
	map_table_caption:
		'Все {units} регионов: явка в % от зарегистрированных избирателей, её изменение в процентных пунктах и одномандатные округа с победителями',
	map_col_region: 'Регион',
	map_col_change: 'Изм.',
	map_col_winner: 'Округ: победитель',
	map_city: '{name} (город)',
	map_table_foot:
		'Созданы в 2022 году: для 2021 года указана цифра области, из которой они выделены ({pairs}).',
	map_in_english:
		'Источники и сведения о границах приведены на английском, как в наборе данных; имена победителей написаны так, как в источниках.'
};
