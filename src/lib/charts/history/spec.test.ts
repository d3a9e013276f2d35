import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { realDataset } from '$lib/data/fixtures';
import { figure } from '../figure.server';
import { csvTable } from '../table';
import RulingPartyHistory from './RulingPartyHistory.svelte';
import { rulingPartyHistory } from './spec';

const data = realDataset();
const ENGLISH =
	/\b(seats?|Majority|majority|Seats|Share|Change|party list|single-mandate|Turnout|then|now|later|merged|by nomination|Chamber|Hatched|mixed|district)\b/;

describe('ruling-party-history', () => {
	const h = rulingPartyHistory.build(data, 'en', '');

	it('follows Amanat and its forerunners, with no value missing', () => {
		expect(h.rows.map((r) => [r.id, r.partyName, r.seats, r.seatsTotal])).toEqual([
			['2004', 'Otan', 42, 77],
			['2007', 'Nur Otan', 98, 107],
			['2012', 'Nur Otan', 83, 107],
			['2016', 'Nur Otan', 84, 107],
			['2021', 'Nur Otan', 76, 107],
			['2023', 'Amanat', 63, 98]
		]);
		expect(h.rows.map((r) => r.voteShare)).toEqual([60.6, 88.41, 80.99, 82.2, 71.09, 53.9]);
		expect(h.rows.map((r) => r.turnout)).toEqual([56.49, 64.56, 75.4, 77.12, 63.25, 54.21]);
		expect(h.rows.map((r) => Number(r.seatShare.toFixed(1)))).toEqual([
			54.5, 91.6, 77.6, 78.5, 71.0, 64.3
		]);
		expect(h.rows.at(-1)?.altSeats).toBe(62);
		expect(h.data.hasMissing).toBe(false);
	});

	it('marks the two changes of electoral system, in 2007 and 2023', () => {
		expect(h.data.periods.map((p) => p.lines)).toEqual([
			['2004: mixed', '10 list + 67 district seats'],
			['2007–2021: party lists only', '98 list seats + 9 by the Assembly'],
			['2023: mixed', '69 list + 29 district seats']
		]);
		expect(h.data.changes).toHaveLength(2);
	});

	it('renders the file with three lines and both system changes', () => {
		const { body } = render(RulingPartyHistory, {
			props: { meta: h.meta, data: h.data, standalone: true }
		});
		expect(body.match(/<path /g)).toHaveLength(3);
		expect(body).toContain('2007–2021: party lists only');
		expect(body).toContain('2023: mixed');
		expect(body.match(/data-election=/g)).toHaveLength(6);
	});

	it('writes the page table and the CSV from one list of columns', () => {
		const { table } = figure(rulingPartyHistory, data, 'en');
		expect(table.head.map((c) => c.label)).toEqual([
			'Election',
			'Party name',
			'Seats',
			'Seat share',
			'Vote share',
			'Turnout',
			'Seats by method'
		]);
		expect(table.body[0]).toEqual([
			'2004 (3rd)',
			'Otan',
			'42 of 77',
			'54.5%',
			'60.60%',
			'56.49%',
			'mixed: 10 list + 67 district seats'
		]);
		expect(table.body.at(-1)![2]).toBe('63 of 98 (62 by nomination)');
		const csv = csvTable(h, rulingPartyHistory.columns);
		expect(csv.columns).toEqual([
			'election',
			'convocation',
			'ruling_party_name',
			'seats',
			'chamber_seats',
			'seat_share_pct',
			'seats_by_nomination',
			'vote_share_pct',
			'vote_share_base',
			'turnout_pct',
			'electoral_system'
		]);
		expect(csv.rows.at(-1)!.slice(0, 8)).toEqual(['2023', 8, 'Amanat', 63, 98, 64.29, 62, 53.9]);
	});

	it.each(['kk', 'ru'] as const)('draws its lines, systems and tooltips in %s', (lang) => {
		const t = rulingPartyHistory.build(data, lang, '');
		const words = [
			t.meta.title,
			t.meta.desc,
			...t.data.periods.flatMap((p) => p.lines),
			...t.data.endLabels.map((l) => `${l.label} ${l.value}`),
			...t.data.points.map((p) => p.tip),
			...t.data.yTicks.map((y) => y.label)
		].join('\n');
		expect(words).not.toMatch(ENGLISH);
		expect(words).not.toMatch(/\d\.\d/);
		expect(t.data.endLabels.find((l) => l.id === 'seats')!.label).toBe(
			{ kk: 'Мандаттар', ru: 'Мандаты' }[lang]
		);
		expect(csvTable(t, rulingPartyHistory.columns).rows.at(-1)![2]).toBe(
			lang === 'ru' ? 'Аманат' : 'Amanat'
		);
	});
});
