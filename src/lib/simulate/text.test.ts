import { describe, expect, it } from 'vitest';
import { decimal2, simText, thresholdText } from './text';

const SIM_TEXT = { kk: simText('kk'), ru: simText('ru') };

describe('simulator words', () => {
	it('writes thresholds and decimals in each language’s notation', () => {
		expect(['en', 'kk', 'ru'].map((l) => thresholdText(7.25, l as 'en'))).toEqual([
			'7.3%',
			'7,3%',
			'7,3\u00a0%'
		]);
		expect(thresholdText(5, 'kk')).toBe('5%');
		expect(decimal2(6.8, 'en')).toBe('6.80');
		expect(decimal2(6.8, 'ru')).toBe('6,80');
	});

	it('titles the chart with the method’s short name and Russian plurals', () => {
		const nb = (t: string) => t.replace(/\u00a0/g, ' ');
		expect(nb(SIM_TEXT.ru.chartTitle('2023', '5\u00a0%', 'hare', 98, 'mixed'))).toBe(
			'Голоса 2023 года, барьер 5 %, Хэйр: 98 мандатов'
		);
		expect(SIM_TEXT.ru.chartTitle('2023', '5 %', 'hare', 101, 'mixed')).toMatch(/101 мандат$/);
		expect(SIM_TEXT.kk.chartTitle('2023', '7,2%', 'sainte-lague', 107, 'mixed')).toBe(
			'2023 жылғы дауыстар, 7,2% өту межесі, Сент-Лагю: 107 мандат'
		);
	});

	it('names chambers with Russian plurals', () => {
		expect(SIM_TEXT.ru.chamberPhrase({ list: 98, smd: 0, assembly: 9 })).toBe(
			'98 мандатов по спискам и 9 от Ассамблеи'
		);
		expect(SIM_TEXT.ru.chamberPhrase({ list: 21, smd: 0, assembly: 0 })).toBe(
			'21 мандат по спискам'
		);
		expect(SIM_TEXT.kk.chamberPhrase({ list: 69, smd: 29, assembly: 0 })).toBe(
			'партиялық тізім бойынша 69 және бір мандатты округтерден 29 мандат'
		);
	});
});
