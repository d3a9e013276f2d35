/**
 * Interface strings of the compare pages (/compare/ and /compare/<a>-<b>/), spread into the
 * catalogue in messages.ts. Sentences that the builders write from the data (summary, chart
 * titles) are in src/lib/compare/text.ts.
 */

export const en = {
	cmp_title: 'Compare {a} and {b} · Majilis convocations · Sailau',
	cmp_description:
		"The Majilis elected in {a} beside the one elected in {b}: both chambers seat by seat, the seats each party won and lost, and the ruling party's seat share, vote share and turnout since {first}.",
	cmp_heading: 'Compare convocations',
	cmp_lede:
		"Put any two Majilis elections from {first} to {last} side by side: both chambers seat by seat, the seats each party won and lost, and how the ruling party's majority changed.",
	cmp_note: 'Note:',
	cmp_pair: '{a} and {b}',
	cmp_permalink: 'Link to this comparison:',
	cmp_picker_title: 'Pick two elections',
	cmp_picker_a: 'Compare',
	cmp_picker_b: 'with',
	cmp_swap: 'Swap',
	cmp_all_pairs: 'All pairs as links',
	cmp_pairs_caption: 'Each link compares the election of its row with the one of its column.',
	cmp_first_election: 'First election',
	cmp_pair_link: '{a} with {b}',
	cmp_chamber_caption: 'Seats per party, {label}',
	cmp_chamber_caption_membership: ' (single-mandate seats counted by party membership)',
	cmp_col_party_then: 'Party (name at the election)',
	cmp_col_assembly: 'Assembly',
	cmp_elected: 'Elected {date}: {system}. Majority: {majority} of {seats}.',
	cmp_alt_note:
		"Single-mandate seats are counted here by the winners' party membership. Counted by nomination, as the election commission does: {counts}.",
	cmp_change_subtitle:
		'Change per party in seats and in share of the chamber, which went from {a} seats to {b}. Sorted by size; seats outside the parties last.',
	cmp_share_note: "Share of the chamber is a party's seats divided by all seats",
	cmp_share_note_assembly:
		', including those chosen by the Assembly of the People, which were not elected by voters and were abolished in 2022',
	cmp_counted_note:
		'{year} counts single-mandate winners by party membership; by nomination, {counts}.',
	cmp_change_caption: 'Seats per party in {a} and {b}',
	cmp_col_former: 'Former name or merger',
	cmp_col_seats_in: 'Seats {year}',
	cmp_col_change: 'Change',
	cmp_col_share_in: 'Share {year}',
	cmp_col_change_points: 'Change (points)',
	cmp_history_subtitle:
		"The ruling party's share of the seats and of the party-list vote, and national turnout, at every election since {first}. Shaded: the years when all elected seats went by party list.",
	cmp_history_note:
		'Seat share counts every seat of the chamber, including the 9 chosen by the Assembly of the People in 2007–2021. Vote shares are as published and not all on the same base:',
	cmp_history_gaps: 'Gaps in a line are values the data does not have.',
	cmp_history_caption: 'The ruling party and turnout at each election',
	cmp_col_party_name: 'Party name',
	cmp_col_seats: 'Seats',
	cmp_seats_of: '{seats} of {total}',
	cmp_by_nomination: ' ({n} by nomination)',
	cmp_col_seat_share: 'Seat share',
	cmp_col_vote_share: 'Vote share',
	cmp_col_system: 'Seats by method',
	cmp_in_english:
		'Notes quoted from the dataset (the vote-share bases and the caveat on party membership) are in English, as in the data.'
};

type Catalogue = Record<keyof typeof en, string>;

export const kk: Catalogue = {
	cmp_title: '{a} және {b} сайлауларын салыстыру · Мәжіліс шақырылымдары · Sailau',
	cmp_description:
		'{a} жылы сайланған Мәжіліс {b} жылы сайланған Мәжіліспен қатар: екі палата мандат бойынша, әр партияның алған және жоғалтқан мандаттары, сондай-ақ {first} жылдан бергі билеуші партияның мандат үлесі, дауыс үлесі және сайлауға қатысу.',
	cmp_heading: 'Шақырылымдарды салыстыру',
	cmp_lede:
		'{first} жылдан {last} жылға дейінгі кез келген екі Мәжіліс сайлауын қатар қойыңыз: екі палата мандат бойынша, әр партияның алған және жоғалтқан мандаттары және билеуші партия көпшілігінің қалай өзгергені.',
	cmp_note: 'Ескертпе:',
	cmp_pair: '{a} және {b}',
	cmp_permalink: 'Осы салыстыруға сілтеме:',
	cmp_picker_title: 'Екі сайлауды таңдаңыз',
	cmp_picker_a: 'Бірінші сайлау',
	cmp_picker_b: 'Екінші сайлау',
	cmp_swap: 'Орнын ауыстыру',
	cmp_all_pairs: 'Барлық жұп сілтеме ретінде',
	cmp_pairs_caption: 'Әр сілтеме жолдағы сайлауды бағандағы сайлаумен салыстырады.',
	cmp_first_election: 'Бірінші сайлау',
	cmp_pair_link: '{a} және {b}',
	cmp_chamber_caption: 'Партиялардың мандаттары, {label}',
	cmp_chamber_caption_membership: ' (бір мандатты округтер партиялық мүшелік бойынша есептелген)',
	cmp_col_party_then: 'Партия (сайлаудағы атауы)',
	cmp_col_assembly: 'Ассамблея',
	cmp_elected: 'Сайлау күні: {date}; {system}. Көпшілік: {seats} мандаттың {majority}.',
	cmp_alt_note:
		'Бұл жерде бір мандатты округтердің мандаттары жеңімпаздардың партиялық мүшелігі бойынша есептелген. Ұсыну бойынша, сайлау комиссиясының есебінде: {counts}.',
	cmp_change_subtitle:
		'Әр партияның мандат саны мен палатадағы үлесінің өзгерісі; палата {a} мандаттан {b} мандатқа өзгерді. Көлемі бойынша сұрыпталған; партиялардан тыс мандаттар соңында.',
	cmp_share_note: 'Палатадағы үлес — партия мандаттарының барлық мандаттарға қатынасы',
	cmp_share_note_assembly:
		', оның ішінде сайлаушылар сайламаған, Қазақстан халқы Ассамблеясы сайлаған және 2022 жылы жойылған мандаттар',
	cmp_counted_note:
		'{year} жылы бір мандатты округтердің жеңімпаздары партиялық мүшелік бойынша есептелген; ұсыну бойынша: {counts}.',
	cmp_change_caption: '{a} және {b} жылдардағы партиялардың мандаттары',
	cmp_col_former: 'Бұрынғы атауы немесе қосылуы',
	cmp_col_seats_in: 'Мандат, {year}',
	cmp_col_change: 'Өзгеріс',
	cmp_col_share_in: 'Үлес, {year}',
	cmp_col_change_points: 'Өзгеріс (пайыздық тармақ)',
	cmp_history_subtitle:
		'{first} жылдан бергі әр сайлаудағы билеуші партияның мандат үлесі мен партиялық тізім бойынша дауыс үлесі және елдегі сайлауға қатысу. Көлеңкелі: сайланатын барлық мандат партиялық тізім бойынша бөлінген жылдар.',
	cmp_history_note:
		'Мандат үлесі палатаның барлық мандатын, оның ішінде 2007–2021 жылдары Қазақстан халқы Ассамблеясы сайлаған 9 мандатты қамтиды. Дауыс үлестері жарияланған күйінде берілген және бәрі бір негізден есептелмеген:',
	cmp_history_gaps: 'Сызықтағы үзілістер — деректерде жоқ мәндер.',
	cmp_history_caption: 'Әр сайлаудағы билеуші партия және сайлауға қатысу',
	cmp_col_party_name: 'Партия атауы',
	cmp_col_seats: 'Мандаттар',
	cmp_seats_of: '{total} мандаттың {seats}',
	cmp_by_nomination: ' (ұсыну бойынша {n})',
	cmp_col_seat_share: 'Мандат үлесі',
	cmp_col_vote_share: 'Дауыс үлесі',
	cmp_col_system: 'Мандаттар қалай бөлінді',
	cmp_in_english:
		'Деректер жиынынан алынған жазбалар (дауыс үлестерінің негізі мен партиялық мүшелік туралы ескертпе) деректердегідей ағылшын тілінде берілген.'
};

export const ru: Catalogue = {
	cmp_title: 'Сравнение: {a} и {b} · Созывы Мажилиса · Sailau',
	cmp_description:
		'Мажилис, избранный в {a} году, рядом с избранным в {b} году: обе палаты по мандатам, полученные и потерянные каждой партией мандаты, а также доля мандатов и голосов правящей партии и явка с {first} года.',
	cmp_heading: 'Сравнение созывов',
	cmp_lede:
		'Сравните любые двое выборов в Мажилис с {first} по {last} год: обе палаты по мандатам, полученные и потерянные каждой партией мандаты и то, как менялось большинство правящей партии.',
	cmp_note: 'Примечание:',
	cmp_pair: '{a} и {b}',
	cmp_permalink: 'Ссылка на это сравнение:',
	cmp_picker_title: 'Выберите двое выборов',
	cmp_picker_a: 'Сравнить',
	cmp_picker_b: 'с',
	cmp_swap: 'Поменять местами',
	cmp_all_pairs: 'Все пары ссылками',
	cmp_pairs_caption: 'Каждая ссылка сравнивает выборы своей строки с выборами своего столбца.',
	cmp_first_election: 'Первые выборы',
	cmp_pair_link: '{a} и {b}',
	cmp_chamber_caption: 'Мандаты партий, {label}',
	cmp_chamber_caption_membership: ' (одномандатные округа — по партийной принадлежности)',
	cmp_col_party_then: 'Партия (название на выборах)',
	cmp_col_assembly: 'Ассамблея',
	cmp_elected: 'Избран {date}: {system}. Большинство: {majority} из {seats}.',
	cmp_alt_note:
		'Мандаты по одномандатным округам учтены здесь по партийной принадлежности победителей. По выдвижению, как считает избирательная комиссия: {counts}.',
	cmp_change_subtitle:
		'Изменение по каждой партии в мандатах и в доле палаты (мандатов в ней: {a} → {b}). По убыванию; мандаты вне партий в конце.',
	cmp_share_note: 'Доля в палате — мандаты партии, делённые на все мандаты',
	cmp_share_note_assembly:
		', включая избранных Ассамблеей народа Казахстана: их не избирали избиратели, и в 2022 году они были упразднены',
	cmp_counted_note:
		'В {year} году победители в одномандатных округах учтены по партийной принадлежности; по выдвижению: {counts}.',
	cmp_change_caption: 'Мандаты партий в {a} и {b} годах',
	cmp_col_former: 'Прежнее название или слияние',
	cmp_col_seats_in: 'Мандаты, {year}',
	cmp_col_change: 'Изменение',
	cmp_col_share_in: 'Доля, {year}',
	cmp_col_change_points: 'Изменение (п. п.)',
	cmp_history_subtitle:
		'Доля правящей партии в мандатах и в голосах по партийным спискам и явка по стране на всех выборах с {first} года. Затенены годы, когда все выборные мандаты распределялись по партийным спискам.',
	cmp_history_note:
		'Доля мандатов учитывает все мандаты палаты, включая 9, избранных Ассамблеей народа Казахстана в 2007–2021 годах. Доли голосов приведены как опубликованы и рассчитаны не от одной базы:',
	cmp_history_gaps: 'Разрывы в линии — значения, которых нет в данных.',
	cmp_history_caption: 'Правящая партия и явка на каждых выборах',
	cmp_col_party_name: 'Название партии',
	cmp_col_seats: 'Мандаты',
	cmp_seats_of: '{seats} из {total}',
	cmp_by_nomination: ' ({n} по выдвижению)',
	cmp_col_seat_share: 'Доля мандатов',
	cmp_col_vote_share: 'Доля голосов',
	cmp_col_system: 'Способ избрания',
	cmp_in_english:
		'Примечания из набора данных (база расчёта долей голосов и оговорка о партийной принадлежности) приведены на английском, как в данных.'
};
