import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import {
	chamberLabel,
	chambers,
	compareView,
	describeSystem,
	election,
	formerNote,
	nameAt,
	pairChange,
	rulingParty,
	summarise
} from './build';
import { lineageName } from './lineage';

const data = realDataset();
const model = chambers(data, 'en');
const pair = { a: '2021', b: '2023' };
const summary = (p: { a: string; b: string }, m = model) => summarise(m, p, pairChange(m, p).rows);
/** Words of the English compare summary; none may remain in Kazakh or Russian. */
const ENGLISH =
	/\b(seats?|Majority|majority|Seats|Share|Change|party list|single-mandate|Turnout|then|now|later|merged|by nomination|Chamber|Hatched|mixed|district)\b/;

describe('the chambers', () => {
	it('holds the six chambers, oldest first, with their sizes', () => {
		expect(model.elections.map((e) => [e.id, e.seatsTotal])).toEqual([
			['2004', 77],
			['2007', 107],
			['2012', 107],
			['2016', 107],
			['2021', 107],
			['2023', 98]
		]);
		for (const e of model.elections)
			expect(
				e.seats.reduce((n, r) => n + r.total, 0),
				e.id
			).toBe(e.seatsTotal);
		expect(rulingParty(data)).toBe('amanat');
	});

	it('credits each chamber to the sources about that election', () => {
		expect(election(model, '2016').sources).toEqual(['Kazinform (2016-03)']);
		expect(election(model, '2023').sources.at(-1)).toBe(
			'party membership: Congressional Research Service (2023-04-14); Eurasianet (2023-03)'
		);
	});

	it('knows the former names and mergers', () => {
		expect(election(model, '2004').formerNames).toEqual({
			amanat: 'Otan',
			ppk: "Communist People's Party of Kazakhstan",
			adilet: 'Democratic Party'
		});
		expect(model.mergers).toEqual({
			asar: 'merged into Otan (now Amanat) in 2006',
			aist: 'later merged into what is now Amanat'
		});
	});

	it('counts Amanat 63 in 2023 (by membership), with 62 by nomination beside it', () => {
		expect(election(model, '2023').alternative?.seats).toEqual({ amanat: 62, independents: 7 });
		expect(election(model, '2021').alternative).toBeNull();
	});

	it('names parties as they were called: Nur Otan (now Amanat) in 2021', () => {
		expect(nameAt(model, election(model, '2021'))('amanat')).toBe('Nur Otan (now Amanat)');
		expect(nameAt(model, election(model, '2023'))('amanat')).toBe('Amanat');
		expect(nameAt(model, election(model, '2016'))('ppk')).toBe(
			"Communist People's Party of Kazakhstan (now People's Party)"
		);
		// Adilet was dissolved in 2013: it is "later", not "now", Adilet.
		expect(nameAt(model, election(model, '2004'))('adilet')).toBe(
			'Democratic Party (later Adilet)'
		);
		expect(nameAt(model, election(model, '2004'))('amanat')).toBe('Otan (now Amanat)');
		expect(formerNote(model, 'amanat', election(model, '2012'), election(model, '2016'))).toBe(
			'Nur Otan in 2012 and 2016'
		);
	});

	it('describes each system in words', () => {
		expect(describeSystem({ list: 69, smd: 29, assembly: 0 }, 'en')).toBe(
			'69 by party list and 29 in single-mandate districts'
		);
		expect(describeSystem({ list: 98, smd: 0, assembly: 9 }, 'en')).toBe(
			'98 by party list and 9 chosen by the Assembly of the People'
		);
		expect(describeSystem({ list: 10, smd: 67, assembly: 0 }, 'ru')).toBe(
			'10 по партийным спискам и 67 по одномандатным округам'
		);
	});

	it('refuses an election the data does not have', () => {
		expect(() => election(model, '1999')).toThrow(/1999/);
	});
});

describe('the summary of a pair', () => {
	it('sums up 2021 and 2023 from the data', () => {
		expect(summary(pair)).toEqual([
			'Amanat (then Nur Otan) fell from 76 of 107 seats (71.0%) in 2021 to 63 of 98 (64.3%; 62 counted by nomination) in 2023, keeping its majority (50 of 98 needed).',
			'The chamber shrank from 107 to 98 seats: 98 by party list and 9 chosen by the Assembly of the People in 2021; 69 by party list and 29 in single-mandate districts in 2023.',
			'Turnout: 63.25% in 2021, 54.21% in 2023.',
			'Seats in 2023 but not in 2021: Auyl 8, Respublica 6, NSDP 4 and Self-nominated 6.',
			'Seats in 2021 but not in 2023: Assembly of the People 9.',
			"In both: Ak Zhol 12 → 6 (−6) and People's Party 10 → 5 (−5)."
		]);
	});

	it('2016 to 2023, 2004 to 2007 and backwards in time', () => {
		expect(summary({ a: '2016', b: '2023' })[0]).toMatch(
			/^Amanat \(then Nur Otan\) fell from 84 of 107 seats \(78\.5%\)/
		);
		const early = summary({ a: '2004', b: '2007' });
		expect(early[0]).toBe(
			'Amanat (Otan in 2004; Nur Otan in 2007) rose from 42 of 77 seats (54.5%) in 2004 to 98 of 107 (91.6%) in 2007, keeping its majority (54 of 107 needed).'
		);
		expect(early[1]).toBe(
			'The chamber grew from 77 to 107 seats: 10 by party list and 67 in single-mandate districts in 2004; 98 by party list and 9 chosen by the Assembly of the People in 2007.'
		);
		expect(summary({ a: '2023', b: '2021' })[0]).toMatch(
			/^Amanat \(Nur Otan in 2021\) rose from 63 of 98/
		);
	});

	it('says when nothing changed', () => {
		const same = summary({ a: '2012', b: '2016' });
		expect(same[1]).toBe(
			'Both chambers had 107 seats, 98 by party list and 9 chosen by the Assembly of the People.'
		);
		expect(same.at(-1)).toContain('Assembly of the People 9 → 9 (unchanged)');
	});

	it('says so when a turnout is missing, and never writes it as zero', () => {
		const gap = {
			...model,
			elections: model.elections.map((e) => (e.id === '2016' ? { ...e, turnoutPct: null } : e))
		};
		expect(summary({ a: '2016', b: '2023' }, gap)).toContain(
			'Turnout: not in the data in 2016, 54.21% in 2023.'
		);
	});

	it('sums up 2021 and 2023 in Russian, with Russian numbers', () => {
		const ru = summary(pair, chambers(data, 'ru'));
		expect(ru[0]).toBe(
			'Аманат (тогда Нур Отан): сокращение с 76 из 107 мандатов (71,0\u00a0%) в 2021 году до 63 из 98 (64,3\u00a0%; 62 по выдвижению) в 2023 году; большинство сохранено (нужно 50 из 98).'
		);
		expect(ru[2]).toBe('Явка: 63,25\u00a0% в 2021 году, 54,21\u00a0% в 2023 году.');
		expect(ru.join(' ')).not.toMatch(ENGLISH);
	});

	it('sums up 2021 and 2023 in Kazakh, with Roman convocations', () => {
		const kk = chambers(data, 'kk');
		expect(chamberLabel(election(kk, '2021'), 'kk')).toBe('2021 (VII шақырылым)');
		expect(chamberLabel(election(kk, '2004'), 'kk')).toBe('2004 (III шақырылым)');
		const said = summary(pair, kk);
		expect(said[1]).toBe(
			'Палата 107 мандаттан 98 мандатқа дейін қысқарды: 2021 жылы 98 — партиялық тізім бойынша және 9 — Қазақстан халқы Ассамблеясы сайлаған; 2023 жылы 69 — партиялық тізім бойынша және 29 — бір мандатты округтерден.'
		);
		// The glossary's turnout.
		expect(said[2]).toBe('Сайлаушылардың келуі: 2021 жылы 63,25%, 2023 жылы 54,21%.');
		expect(said.join(' ')).not.toMatch(ENGLISH);
	});

	it('names parties and former names in the language, from the lineage in data/', () => {
		const kk = chambers(data, 'kk');
		expect(nameAt(kk, election(kk, '2021'))('amanat')).toBe('Нұр Отан (қазір Amanat)');
		const ru = chambers(data, 'ru');
		expect(nameAt(ru, election(ru, '2021'))('amanat')).toBe('Нур Отан (ныне Аманат)');
		expect(ru.mergers).toEqual({
			asar: 'в 2006 году слияние с Отан (ныне Аманат)',
			aist: 'позднее слияние с партией, ныне Аманат'
		});
		const amanat = data.parties.find((p) => p.id === 'amanat')!;
		expect(lineageName(amanat, 'Nur Otan', 'kk')).toBe('Нұр Отан');
		expect(lineageName(amanat, 'Unknown name', 'ru')).toBe('Unknown name');
		const adilet = data.parties.find((p) => p.id === 'adilet')!;
		expect(lineageName(adilet, 'Democratic Party', 'ru')).toBe('Демократическая партия');
	});
});

describe('the page around the charts', () => {
	it('labels the pair, the picker and the notes', () => {
		const view = compareView(data, 'en', pair);
		expect(view.a.label).toBe('2021 (7th Majilis)');
		expect(view.elections.map((e) => e.id)).toEqual([
			'2004',
			'2007',
			'2012',
			'2016',
			'2021',
			'2023'
		]);
		expect(view.a).toMatchObject({ majority: 54, seats: 107, alternative: null });
		expect(view.b.alternative?.counts).toBe('Amanat 62, Self-nominated 7');
		expect(view.counted).toEqual({ year: '2023', counts: 'Amanat 62, Self-nominated 7' });
		expect(view.assembly).toBe(true);
		expect(view.gaps).toBe(false);
		expect(view.summary).toEqual(summary(pair));
		expect(compareView(data, 'en', { a: '2016', b: '2021' }).counted).toBeNull();
	});
});
