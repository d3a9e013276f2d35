import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { simulatorInput } from '$lib/pages/simulate';
import { electedSettings, findElection, simulate, type Settings, type SimInput } from './model';
import { chamberPhrase, explain, joinList } from './explain';

const input = simulatorInput(realDataset());
const say = (election: string, patch: Partial<Settings> = {}) =>
	explain(simulate(input, { ...electedSettings(findElection(input, election)!), ...patch }));

describe('explain', () => {
	it('says when the rules are the election’s own and give the seats as elected', () => {
		expect(say('2023')).toBe(
			'These are the rules of the 2023 election (a 5% threshold, largest remainders with the Hare quota, 69 list and 29 single-mandate seats), and they give exactly the seats as elected. Amanat holds a majority with 63 of 98 seats (50 needed).'
		);
		expect(say('2021')).toMatch(/98 list and 9 Assembly seats\), and they give exactly the seats/);
		expect(say('2021')).toMatch(/Nur Otan holds a majority with 76 of 107 seats \(54 needed\)\.$/);
	});

	it('at 7% names who stays out, with their vote shares, and where their seats go', () => {
		expect(say('2023', { thresholdPct: 7 })).toBe(
			"With a 7% threshold, the People's Party (6.80%) and NSDP (5.20%) stay out, and their 9 seats go to Amanat (+6), Auyl (+1), Respublica (+1) and Ak Zhol (+1). Amanat holds a majority with 69 of 98 seats (50 needed; 63 as elected)."
		);
	});

	it('names who gets in and whose seats it takes', () => {
		expect(say('2023', { thresholdPct: 2 })).toMatch(
			/^With a 2% threshold, Baytaq \(2\.30%\) gets in, taking 1 seat from Amanat \(−1\)\./
		);
		expect(say('2021', { thresholdPct: 5 })).toMatch(
			/^With a 5% threshold, Auyl \(5\.29%\) gets in, taking 6 seats from Nur Otan \(−4\), Ak Zhol \(−1\) and the People's Party \(−1\)\./
		);
	});

	it('describes a change of method as seats moving between parties', () => {
		expect(say('2023', { method: 'dhondt' })).toMatch(
			/^With D'Hondt's divisors, 1 seat moves from NSDP \(−1\) to Amanat \(\+1\)\./
		);
	});

	it('describes a change of chamber, including its size', () => {
		const text = say('2023', { design: 'assembly' });
		expect(text).toMatch(/^With 98 list seats plus 9 chosen by the Assembly of the People, /);
		expect(text).toContain('the Assembly of the People (+9)');
		expect(text).toContain('the self-nominated (−6)');
		expect(text).toContain('The chamber has 107 seats instead of 98.');
		expect(text).toMatch(
			/Amanat holds a majority with 56 of 107 seats \(54 needed; 63 as elected\)\.$/
		);
	});

	it('says so when different rules change nothing, and when one party takes every list seat', () => {
		expect(say('2016', { thresholdPct: 5 })).toMatch(
			/^With a 5% threshold, every party keeps the seats it won\./
		);
		expect(say('2016', { thresholdPct: 7.2 })).toContain(
			'Only Nur Otan passes the threshold and takes every list seat.'
		);
	});

	it('says when the largest party falls short of a majority', () => {
		// No real election here does; a made-up one: 40/35/25 votes for 10 list seats gives 4/4/2
		// (Hare: 4.0, 3.5, 2.5; the tied remainders go to Auyl, which has more votes). Its 'as
		// elected' seats are made up too, so the same rules also show seats moving.
		const tiny: SimInput = {
			elections: [
				{
					id: '2099',
					year: 2099,
					thresholdPct: 5,
					thresholdBase: 100,
					design: 'list',
					parties: [
						{ id: 'amanat', name: 'Amanat', votes: 40, list: 6, smd: 0, assembly: 0 },
						{ id: 'auyl', name: 'Auyl', votes: 35, list: 3, smd: 0, assembly: 0 },
						{ id: 'ppk', name: "People's Party", votes: 25, list: 1, smd: 0, assembly: 0 }
					],
					source: 'test'
				}
			],
			chambers: { ...input.chambers, list: { list: 10, smd: 0, assembly: 0 } },
			designRules: {},
			omitted: []
		};
		const sim = simulate(tiny, { ...electedSettings(tiny.elections[0]!), method: 'hare' });
		expect(explain(sim)).toBe(
			"These are the rules of the 2099 election (a 5% threshold, largest remainders with the Hare quota, 10 list seats). 2 seats move from Amanat (−2) to Auyl (+1) and the People's Party (+1). Amanat falls short of a majority with 4 of 10 seats (6 needed; 6 as elected)."
		);
	});
});

describe('phrases', () => {
	it('joins lists and names chambers', () => {
		expect([[], ['a'], ['a', 'b'], ['a', 'b', 'c']].map((items) => joinList(items))).toEqual([
			'',
			'a',
			'a and b',
			'a, b and c'
		]);
		expect(chamberPhrase({ list: 69, smd: 29, assembly: 0 })).toBe(
			'69 list and 29 single-mandate seats'
		);
		expect(chamberPhrase({ list: 98, smd: 0, assembly: 0 })).toBe('98 list seats');
	});
});

describe('explain in Kazakh and Russian', () => {
	const inputs = {
		kk: simulatorInput(realDataset(), 'kk'),
		ru: simulatorInput(realDataset(), 'ru')
	};
	const sayIn = (lang: 'kk' | 'ru', election: string, patch: Partial<Settings> = {}) => {
		const input = inputs[lang];
		const settings = { ...electedSettings(findElection(input, election)!), ...patch };
		// Russian puts a no-break space before %; compared here as a plain space.
		return explain(simulate(input, settings), lang).replace(/\u00a0/g, ' ');
	};

	it('says the rules are the election’s own, with the majority, in each language', () => {
		expect(sayIn('kk', '2023')).toBe(
			'Бұл — 2023 жылғы сайлаудың өз ережелері (5% өту межесі, Хэйр квотасымен ең үлкен қалдық әдісі, партиялық тізім бойынша 69 және бір мандатты округтерден 29 мандат); олар сайлауда алынған мандаттарды дәл қайталайды. Amanat: 98 мандаттың 63 мандаты, бұл — көпшілік (көпшілікке 50 мандат қажет).'
		);
		expect(sayIn('ru', '2023')).toBe(
			'Это правила выборов 2023 года (проходной барьер 5 %, наибольшие остатки по квоте Хэйра, 69 мандатов по спискам и 29 по одномандатным округам), и они дают ровно те мандаты, что были получены на выборах. Аманат: 63 из 98 мандатов, это большинство (нужно 50).'
		);
	});

	it('names who stays out at 7%, with shares in the language’s notation, and where the seats go', () => {
		expect(sayIn('ru', '2023', { thresholdPct: 7 })).toBe(
			'При проходном барьере 7 %, Народная партия (6,80 %) и ОСДП (5,20 %) остаются без мандатов по спискам; освободившиеся мандаты (9) получают: Аманат (+6), Ауыл (+1), Respublica (+1) и Ак жол (+1). Аманат: 69 из 98 мандатов, это большинство (нужно 50; по итогам выборов — 63).'
		);
		expect(sayIn('kk', '2023', { thresholdPct: 7 })).toMatch(
			/^Егер 7% өту межесі қолданылса, Халық партиясы \(6,80%\) және ЖСДП \(5,20%\) межеден өтпейді; босаған 9 мандат былай бөлінеді: Amanat \(\+6\),/
		);
	});

	it('uses the former names in the language, Russian plurals, and moves between parties', () => {
		expect(sayIn('ru', '2021', { thresholdPct: 5 })).toMatch(
			/^При проходном барьере 5 %, Ауыл \(5,29 %\) проходит в Мажилис; мандаты \(6\) для этого теряют: Нур Отан \(−4\), Ак жол \(−1\) и Народная партия \(−1\)\./
		);
		expect(sayIn('kk', '2021')).toContain('Нұр Отан: 107 мандаттың 76 мандаты');
		expect(sayIn('ru', '2023', { method: 'dhondt' })).toMatch(
			/^При делителях д’Ондта, переходит 1 мандат: ОСДП \(−1\) → Аманат \(\+1\)\./
		);
		const assembly = sayIn('ru', '2023', { design: 'assembly' });
		expect(assembly).toContain('Ассамблея народа Казахстана (+9)');
		expect(assembly).toContain('самовыдвиженцы (−6)');
		expect(assembly).toContain('В палате 107 мандатов вместо 98.');
		expect(sayIn('kk', '2016', { thresholdPct: 7.2 })).toContain(
			'Межеден тек Нұр Отан өтеді және партиялық тізім бойынша барлық мандатты алады.'
		);
	});

	it('leaves no English word in either language', () => {
		for (const lang of ['kk', 'ru'] as const)
			for (const patch of [
				{},
				{ thresholdPct: 7 },
				{ method: 'dhondt' as const },
				{ design: 'list' as const }
			])
				expect(sayIn(lang, '2023', patch), lang).not.toMatch(
					/\b(seats?|threshold|majority|with|and|the)\b/i
				);
	});
});
