import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { csvTable } from '../table';
import { byTurnout, nationalTurnout } from './spec';

const data = realDataset();

describe('national-turnout', () => {
	const built = nationalTurnout.build(data, 'en', '');

	it('marks the 21 votes with a turnout; the lowest is found, not typed', () => {
		expect(built.data.marks).toHaveLength(21);
		expect(built.data.marks.filter((m) => m.lowest).map((m) => m.id)).toEqual(['majilis-2023']);
		expect(
			byTurnout(data.nationalVotes)
				.slice(0, 2)
				.map((v) => [v.id, v.turnoutPct])
		).toEqual([
			['majilis-2023', 54.21],
			['majilis-2004', 56.49]
		]);
		expect(built.data.lowest.label).toBe('Lowest: 54.21%, Majilis election, 19 March 2023');
	});

	it('says what the data supports, with the next lowest', () => {
		expect(built.meta.title).toBe('Turnout at every national vote, 1991–2026');
		expect(built.meta.desc).toMatch(
			/^Turnout at 21 national votes since 1991 in official figures, by date: 1991 88\.23%, /
		);
		expect(built.meta.desc).toMatch(
			/The lowest was Majilis election, 19 March 2023, 54\.21%; the next lowest Majilis election, 19 September 2004, 56\.49%\.$/
		);
	});

	it('places marks by date and turnout: later is right, higher is up', () => {
		const m = (id: string) => built.data.marks.find((x) => x.id === id)!;
		expect(m('president-1991').x).toBeLessThan(m('majilis-2023').x);
		expect(m('president-2015').y).toBeLessThan(m('majilis-2023').y);
		expect(m('majilis-2023').y).toBe(built.data.lowest.y);
	});

	it('lists every vote in the table, the Kurultai election without results', () => {
		expect(built.rows).toHaveLength(22);
		const p2022 = built.rows.find((r) => r.id === 'president-2022')!;
		expect(p2022.result).toBe('Kassym-Jomart Tokayev 81.31%');
		expect(built.rows.find((r) => r.id === 'referendum-2026-03')?.result).toMatch(/87\.15%$/);
		const k = built.rows.at(-1)!;
		expect(k).toMatchObject({ id: 'kurultai-2026', turnout: null, result: null });
		expect(k.status).toBe('called; results not in the dataset');
		const csv = csvTable(built, nationalTurnout.columns);
		expect(csv.columns).toEqual([
			'vote_id',
			'vote',
			'date',
			'kind',
			'winner_or_yes',
			'turnout_pct',
			'status',
			'source'
		]);
	});

	it('writes Kazakh and Russian', () => {
		expect(nationalTurnout.build(data, 'ru', '').data.lowest.label).toMatch(
			/^Самая низкая: 54,21\s%, Выборы в Мажилис, 19 марта 2023 г\.$/
		);
		expect(nationalTurnout.build(data, 'kk', '').meta.title).toBe(
			'Барлық жалпыұлттық дауыс берудегі сайлаушылардың келуі, 1991–2026'
		);
	});
});
