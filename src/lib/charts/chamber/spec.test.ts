import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { figure, fileIdOf, statesOf } from '../figure.server';
import { csvTable } from '../table';
import type { AnyChartSpec } from '../spec';
import { chamber, sideState } from './spec';

const data = realDataset();
/** The spec as figure.server's helpers take it. */
const spec: AnyChartSpec = chamber;
/** Words of the English charts; none may remain in Kazakh or Russian. */
const ENGLISH =
	/\b(seats?|Majority|majority|Seats|Share|Change|party list|single-mandate|Turnout|then|now|later|merged|by nomination|Chamber|Hatched|mixed|district)\b/;
const seatsOf = (state: string, party?: string) =>
	chamber
		.build(data, 'en', state)
		.data.parties.filter((p) => !party || p.id === party)
		.reduce((n, p) => n + p.seats.length, 0);

describe('chamber', () => {
	it('has the default pair as hemicycle-a and -b, then one file per election', () => {
		const states = statesOf(spec, data);
		expect(states.map((s) => fileIdOf(spec, data, s))).toEqual([
			'hemicycle-a',
			'hemicycle-b',
			'chamber-2004',
			'chamber-2007',
			'chamber-2012',
			'chamber-2016',
			'chamber-2021',
			'chamber-2023'
		]);
		for (const s of states)
			expect(chamber.build(data, 'en', s).meta.id, s).toBe(fileIdOf(spec, data, s));
	});

	it('draws 2021 and 2023 with 107 and 98 seats, majorities of 54 and 50', () => {
		const a = chamber.build(data, 'en', sideState('a', '2021')).data;
		const b = chamber.build(data, 'en', sideState('b', '2023')).data;
		expect(seatsOf('a:2021')).toBe(107);
		expect(seatsOf('b:2023')).toBe(98);
		expect([a.majority, b.majority]).toEqual([54, 50]);
		expect(seatsOf('a:2021', 'amanat')).toBe(76);
		expect(seatsOf('b:2023', 'amanat')).toBe(63);
		expect(a.legend.map((l) => l.label)).toContain('Nur Otan (now Amanat) 76');
	});

	it('on a pair page, keeps the side as the figure and links the election as the file', () => {
		const f = figure(chamber, data, 'en', sideState('a', '2016'));
		expect(f.meta.id).toBe('hemicycle-a');
		expect(f.fileId).toBe('chamber-2016');
		expect(figure(chamber, data, 'en', sideState('b', '2023')).fileId).toBe('hemicycle-b');
		expect(seatsOf('a:2016', 'amanat')).toBe(84);
	});

	it('draws 2004 as a 77-seat chamber with a majority of 39', () => {
		const d = chamber.build(data, 'en', '2004').data;
		expect(d.total).toBe(77);
		expect(d.majority).toBe(39);
	});

	it('writes the page table and the CSV from one list of columns', () => {
		const { table } = figure(chamber, data, 'en', sideState('b', '2023'));
		expect(table.caption).toBe(
			'Seats per party, 2023 (8th Majilis) (single-mandate seats counted by party membership)'
		);
		expect(table.head.map((h) => h.label)).toEqual([
			'Party (name at the election)',
			'Party list',
			'Single-mandate',
			'Assembly',
			'Total',
			'Share'
		]);
		expect(table.body.find((r) => r[0] === 'Amanat')).toEqual([
			'Amanat',
			'40',
			'23',
			'0',
			'63',
			'64.3%'
		]);
		expect(table.foot).toEqual(['Total', '69', '29', '0', '98', '100.0%']);
		const csv = csvTable(chamber.build(data, 'en', '2021'), chamber.columns);
		expect(csv.columns).toEqual([
			'party_id',
			'party',
			'party_list_seats',
			'single_mandate_seats',
			'assembly_seats',
			'total_seats',
			'seat_share_pct'
		]);
		expect(csv.rows[1]).toEqual(['amanat', 'Nur Otan (now Amanat)', 76, 0, 0, 76, 71.03]);
		expect(csv.rows.at(-1)).toEqual(['total', 'Total', 98, 0, 9, 107, 100]);
	});

	it.each(['kk', 'ru'] as const)('has its title, description and words in %s', (lang) => {
		for (const state of ['a:2021', '2004']) {
			const { meta } = chamber.build(data, lang, state);
			expect(meta.lang).toBe(lang);
			expect(meta.title).not.toMatch(ENGLISH);
			expect(meta.desc).not.toMatch(ENGLISH);
		}
		expect(chamber.build(data, 'ru', 'b:2023').meta.title).toBe(
			'2023: Мажилис VIII созыва, 98 мандатов'
		);
	});
});
