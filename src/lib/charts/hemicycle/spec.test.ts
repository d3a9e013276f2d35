import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { figure } from '../figure.server';
import { csvTable } from '../table';
import { hemicycle2023 } from './spec';

const data = realDataset();

describe('hemicycle-2023', () => {
	it('98 seats, 63 Amanat, 69 list and 29 single-mandate', () => {
		const { data: d, meta } = hemicycle2023.build(data, 'en', '');
		const seats = d.parties.flatMap((p) => p.seats);
		expect(meta.id).toBe('hemicycle-2023');
		expect(seats).toHaveLength(98);
		expect(seats.filter((s) => s.party === 'amanat')).toHaveLength(63);
		expect(seats.filter((s) => s.method === 'list')).toHaveLength(69);
		expect(seats.filter((s) => s.method === 'smd')).toHaveLength(29);
		// The exported file carries the other count with it.
		expect(d.note?.lines.map((l) => l.text).join(' ')).toBe(
			"Single-mandate seats counted by party membership. By nomination, the election commission's count, Amanat has 62 seats."
		);
	});

	it('writes the page table and the CSV from one list of columns', () => {
		const { table } = figure(hemicycle2023, data, 'ru');
		expect(table.head.map((h) => h.label)).toEqual([
			'Партия',
			'Партийный список',
			'Одномандатные округа',
			'Всего'
		]);
		expect(table.body[0]).toEqual(['Народная партия', '5', '0', '5']);
		expect(table.foot).toEqual(['Всего', '69', '29', '98']);
		const csv = csvTable(hemicycle2023.build(data, 'ru', ''), hemicycle2023.columns);
		expect(csv.columns).toEqual([
			'party_id',
			'party',
			'party_list_seats',
			'single_mandate_seats',
			'assembly_seats',
			'total_seats'
		]);
		expect(csv.rows.at(-1)).toEqual(['total', 'Всего', 69, 29, 0, 98]);
	});
});
