import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { compareChart, compareModel, rulingPartyHistory } from '$lib/pages/compare';
import { buildSeatChange, pct1, signed } from '$lib/charts/seat-change/build';
import { historyTable, seatChangeTable } from './tables';
import { chamberLabel, comparison, describeSystem } from './model';
import { choosePair } from './pair';
import { lineageName } from './lineage';
import type { SeatChangeData } from '$lib/charts/seat-change/build';

const data = realDataset();
const pair = { a: '2021', b: '2023' };
/** Words of the English compare charts and summary; none may remain in Kazakh or Russian. */
const ENGLISH =
	/\b(seats?|Majority|majority|Seats|Share|Change|party list|single-mandate|Turnout|then|now|later|merged|by nomination|Chamber|Hatched|mixed|district)\b/;

describe('numbers in the seat-change chart', () => {
	it('writes decimal commas in Kazakh and Russian, and keeps English as it was', () => {
		expect(signed(-6.742, 1, 'ru')).toBe('−6,7');
		expect(signed(-0.04, 1, 'kk')).toBe('0,0');
		expect(signed(-6.742, 1)).toBe('−6.7');
		expect(pct1(71.028)).toBe('71.0%');
		expect(pct1(71.028, 'kk')).toBe('71,0%');
		expect(pct1(71.028, 'ru')).toMatch(/^71,0\s%$/);
	});

	it('declines "мандат" after the number in Russian, keeps it singular in Kazakh', () => {
		const row = (seatsA: number, seatsB: number) => ({
			id: `p${seatsA}-${seatsB}`,
			name: 'P',
			note: null,
			colour: '#000000',
			kind: 'party' as const,
			seatsA,
			seatsB,
			shareA: seatsA,
			shareB: seatsB
		});
		const chamber = { a: '2021', b: '2023', seatsA: 107, seatsB: 98 };
		const rows = [row(76, 63), row(9, 1), row(5, 22)];
		const ru = buildSeatChange(rows, chamber, 'ru');
		expect(ru.rows.map((r) => r.seatsText)).toEqual([
			'76 → 63 мандата',
			'9 → 1 мандат',
			'5 → 22 мандата'
		]);
		expect(ru.heading).toBe('Палата: 2021 — 107 мандатов, 2023 — 98 (−9)');
		expect(ru.legend.map((l) => l.label)).toEqual(['Мандаты', 'Доля в палате (процентные пункты)']);
		const kk = buildSeatChange(rows, chamber, 'kk');
		expect(kk.rows.map((r) => r.seatsText)).toEqual([
			'76 → 63 мандат',
			'9 → 1 мандат',
			'5 → 22 мандат'
		]);
		expect(kk.rows[0]!.tip.split('\n').slice(1)).toEqual([
			'Мандаттар: 2021 жылы 107 мандаттың 76 → 2023 жылы 98 мандаттың 63 (−13)',
			'Палатадағы үлес: 76,0% → 63,0% (−13,0 пайыздық тармақ)'
		]);
	});
});

describe('the compare model in Kazakh and Russian', () => {
	it('names parties and former names in the language, from the lineage in data/', () => {
		const kk = comparison(compareModel(data, 'kk'), pair);
		expect(kk.a.nameThen('amanat')).toBe('Нұр Отан (қазір Amanat)');
		const ru = comparison(compareModel(data, 'ru'), pair);
		expect(ru.a.nameThen('amanat')).toBe('Нур Отан (ныне Аманат)');
		expect(ru.rows.find((r) => r.id === 'amanat')!.note).toBe('тогда Нур Отан');
		expect(compareModel(data, 'ru').mergers).toEqual({
			asar: 'в 2006 году слияние с Отан (ныне Аманат)',
			aist: 'позднее слияние с партией, ныне Аманат'
		});
		const amanat = data.parties.find((p) => p.id === 'amanat')!;
		expect(lineageName(amanat, 'Nur Otan', 'kk')).toBe('Нұр Отан');
		expect(lineageName(amanat, 'Unknown name', 'ru')).toBe('Unknown name');
		const adilet = data.parties.find((p) => p.id === 'adilet')!;
		expect(lineageName(adilet, 'Democratic Party', 'ru')).toBe('Демократическая партия');
	});

	it('sums up 2021 and 2023 in Russian, with Russian numbers', () => {
		const ru = comparison(compareModel(data, 'ru'), pair);
		expect(ru.summary[0]).toBe(
			'Аманат (тогда Нур Отан): сокращение с 76 из 107 мандатов (71,0\u00a0%) в 2021 году до 63 из 98 (64,3\u00a0%; 62 по выдвижению) в 2023 году; большинство сохранено (нужно 50 из 98).'
		);
		expect(ru.summary[2]).toBe('Явка: 63,25\u00a0% в 2021 году, 54,21\u00a0% в 2023 году.');
		expect(ru.summary.join(' ')).not.toMatch(ENGLISH);
	});

	it('sums up 2021 and 2023 in Kazakh, with Roman convocations', () => {
		const model = compareModel(data, 'kk');
		const kk = comparison(model, pair);
		expect(kk.a.label).toBe('2021 (VII шақырылым)');
		expect(chamberLabel(model.elections[0]!, 'kk')).toBe('2004 (III шақырылым)');
		expect(kk.summary[1]).toBe(
			'Палата 107 мандаттан 98 мандатқа дейін қысқарды: 2021 жылы 98 — партиялық тізім бойынша және 9 — Қазақстан халқы Ассамблеясы сайлаған; 2023 жылы 69 — партиялық тізім бойынша және 29 — бір мандатты округтерден.'
		);
		expect(kk.summary.join(' ')).not.toMatch(ENGLISH);
		expect(describeSystem({ list: 10, smd: 67, assembly: 0 }, 'ru')).toBe(
			'10 по партийным спискам и 67 по одномандатным округам'
		);
	});

	it('writes the pair note in the language', () => {
		const ids = ['2021', '2023'];
		expect(choosePair(new URLSearchParams('a=1999'), ids, undefined, 'ru').note).toBe(
			'В данных нет выборов «1999» (2021, 2023); вместо этого показаны выборы 2021 и 2023.'
		);
		expect(choosePair(new URLSearchParams('a=2023&b=2023'), ids, undefined, 'kk').note).toBe(
			'Екі жақта да 2023 сұралды; екі түрлі сайлауды таңдаңыз. Қазір оның орнына 2021 және 2023 көрсетілді.'
		);
	});
});

describe.each(['kk', 'ru'] as const)('compare chart files in %s', (lang) => {
	const ids = ['hemicycle-a', 'seat-change', 'chamber-2004', 'seat-change-2004-2007'];

	it.each(ids)('%s has its title, description and words in the language', (id) => {
		const chart = compareChart(data, id, lang) as {
			meta: { title: string; desc: string; lang?: string };
			data: unknown;
		};
		expect(chart.meta.lang).toBe(lang);
		expect(chart.meta.title).not.toMatch(ENGLISH);
		expect(chart.meta.desc).not.toMatch(ENGLISH);
		if (id.startsWith('seat-change')) {
			const d = chart.data as SeatChangeData;
			const words = [d.heading, d.divider?.label, ...d.legend.map((l) => l.label)];
			for (const r of d.rows) words.push(r.seatsText, r.note ?? '', r.tip);
			expect(words.join(' ')).not.toMatch(ENGLISH);
			// The CSV carries the same names.
			expect(seatChangeTable(d).rows[0]![1]).toBe(d.rows[0]!.name);
		}
	});

	it('draws the ruling-party history with its lines, systems and tooltips in the language', () => {
		const h = rulingPartyHistory(data, lang);
		const words = [
			h.meta.title,
			h.meta.desc,
			...h.data.periods.flatMap((p) => p.lines),
			...h.data.endLabels.map((l) => `${l.label} ${l.value}`),
			...h.data.points.map((p) => p.tip),
			...h.data.yTicks.map((t) => t.label)
		].join('\n');
		expect(words).not.toMatch(ENGLISH);
		expect(words).not.toMatch(/\d\.\d/);
		expect(h.data.endLabels.find((l) => l.id === 'seats')!.label).toBe(
			{ kk: 'Мандаттар', ru: 'Мандаты' }[lang]
		);
		expect(historyTable(h.rows).rows.at(-1)![2]).toBe(lang === 'ru' ? 'Аманат' : 'Amanat');
	});
});
