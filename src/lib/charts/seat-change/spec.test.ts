import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { realDataset } from '$lib/data/fixtures';
import { figure, fileIdOf, statesOf } from '../figure.server';
import { csvTable } from '../table';
import type { AnyChartSpec } from '../spec';
import SeatChange from './SeatChange.svelte';
import { pageState, seatChange } from './spec';

const data = realDataset();
/** The spec as figure.server's helpers take it. */
const spec: AnyChartSpec = seatChange;
const ENGLISH =
	/\b(seats?|Majority|majority|Seats|Share|Change|party list|single-mandate|Turnout|then|now|later|merged|by nomination|Chamber|Hatched|mixed|district)\b/;
const rows = (state: string) => seatChange.build(data, 'en', state).rows;

describe('seat-change', () => {
	it('has the default pair as seat-change, then one file per ordered pair', () => {
		const ids = statesOf(spec, data).map((s) => fileIdOf(spec, data, s));
		expect(ids).toHaveLength(1 + 30);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.slice(0, 3)).toEqual([
			'seat-change',
			'seat-change-2004-2007',
			'seat-change-2004-2012'
		]);
		expect(ids).toContain('seat-change-2021-2023');
		for (const s of statesOf(spec, data))
			expect(seatChange.build(data, 'en', s).meta.id, s).toBe(fileIdOf(spec, data, s));
		expect(() => seatChange.build(data, 'en', '1999-2023')).toThrow(/1999/);
		expect(() => seatChange.build(data, 'en', 'nonsense')).toThrow(/nonsense/);
	});

	it('on a pair page, is the figure seat-change with the pair as its file', () => {
		const f = figure(seatChange, data, 'en', pageState({ a: '2016', b: '2023' }));
		expect(f.meta.id).toBe('seat-change');
		expect(f.fileId).toBe('seat-change-2016-2023');
		expect(figure(seatChange, data, 'en', pageState({ a: '2021', b: '2023' })).fileId).toBe(
			'seat-change'
		);
	});

	it('charts Amanat −13 seats and −6.7 points, the Assembly and the self-nominated apart', () => {
		const r = rows('page:2021-2023');
		expect(r.find((x) => x.id === 'amanat')).toMatchObject({
			change: -13,
			shareChange: -6.7,
			note: 'then Nur Otan'
		});
		expect(r[0]!.id).toBe('amanat');
		expect(r.slice(-2).map((x) => [x.id, x.kind, x.change])).toEqual([
			['apk', 'assembly', -9],
			['independents', 'self', 6]
		]);
		expect(seatChange.build(data, 'en', '2021-2023').data.heading).toBe(
			'Chamber: 107 seats in 2021 → 98 in 2023 (−9)'
		);
	});

	it('names former names and mergers of other pairs', () => {
		expect(rows('2016-2023').find((x) => x.id === 'amanat')).toMatchObject({
			seatsA: 84,
			seatsB: 63,
			change: -21
		});
		expect(rows('2016-2023').find((x) => x.id === 'ppk')?.note).toBe(
			"then Communist People's Party of Kazakhstan"
		);
		expect(rows('2004-2007').find((x) => x.id === 'asar')?.note).toBe(
			'merged into Otan (now Amanat) in 2006'
		);
		expect(rows('2004-2007').find((x) => x.id === 'amanat')?.note).toBe(
			'Otan in 2004; Nur Otan in 2007'
		);
		expect(rows('2023-2021').find((x) => x.id === 'amanat')).toMatchObject({
			change: 13,
			note: 'Nur Otan in 2021'
		});
	});

	it('writes the page table and the CSV from one list of columns', () => {
		const { table } = figure(seatChange, data, 'en', pageState({ a: '2021', b: '2023' }));
		expect(table.caption).toBe('Seats per party in 2021 and 2023');
		expect(table.head.map((h) => h.label)).toEqual([
			'Party',
			'Former name or merger',
			'Seats 2021',
			'Seats 2023',
			'Change',
			'Share 2021',
			'Share 2023',
			'Change (points)'
		]);
		expect(table.body[0]).toEqual([
			'Amanat',
			'then Nur Otan',
			'76',
			'63',
			'−13',
			'71.0%',
			'64.3%',
			'−6.7'
		]);
		expect(table.body[1]![1]).toBe('');
		const csv = csvTable(seatChange.build(data, 'en', '2016-2023'), seatChange.columns);
		expect(csv.columns).toEqual([
			'party_id',
			'party',
			'former_name_or_merger',
			'seats_2016',
			'seats_2023',
			'change',
			'share_2016_pct',
			'share_2023_pct',
			'share_change_pts'
		]);
		expect(csv.rows[0]).toEqual([
			'amanat',
			'Amanat',
			'then Nur Otan',
			84,
			63,
			-21,
			78.5,
			64.29,
			-14.2
		]);
	});

	it('renders the file with Amanat −13 and the hatched Assembly', () => {
		const { meta, data: chart } = seatChange.build(data, 'en', 'page:2021-2023');
		const { body } = render(SeatChange, { props: { meta, data: chart, standalone: true } });
		expect(body).toContain('data-party="amanat" data-change="-13"');
		expect(body).toContain('<pattern id="seat-change-hatch"');
		expect(body).toContain('fill="url(#seat-change-hatch)"');
		expect(body).not.toContain('tabindex');
		expect(body).toContain('>Seats won and lost, 2021 to 2023</text>');
	});

	it.each(['kk', 'ru'] as const)('has its title, description and words in %s', (lang) => {
		for (const state of ['page:2021-2023', '2004-2007']) {
			const built = seatChange.build(data, lang, state);
			const d = built.data;
			const words = [built.meta.title, built.meta.desc, d.heading, d.divider?.label];
			words.push(...d.legend.map((l) => l.label));
			for (const r of d.rows) words.push(r.seatsText, r.note ?? '', r.tip);
			expect(words.join(' ')).not.toMatch(ENGLISH);
			// The CSV carries the same names.
			expect(csvTable(built, seatChange.columns).rows[0]![1]).toBe(d.rows[0]!.name);
		}
	});
});
