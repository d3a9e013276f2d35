import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { realDataset } from '$lib/data/fixtures';
import SeatChange from '$lib/charts/seat-change/SeatChange.svelte';
import RulingPartyHistory from '$lib/charts/history/RulingPartyHistory.svelte';
import {
	compareChart,
	compareChartFiles,
	compareModel,
	rulingParty,
	rulingPartyHistory
} from './compare';

const data = realDataset();

describe('compareModel', () => {
	const model = compareModel(data);

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
	});

	it('credits each chamber to the sources about that election', () => {
		expect(model.elections.find((e) => e.id === '2016')?.sources).toEqual(['Kazinform (2016-03)']);
		expect(model.elections.find((e) => e.id === '2023')?.sources.at(-1)).toBe(
			'party membership: Congressional Research Service (2023-04-14); Eurasianet (2023-03)'
		);
	});

	it('knows the former names and mergers', () => {
		expect(model.elections.find((e) => e.id === '2004')?.formerNames).toEqual({
			amanat: 'Otan',
			ppk: "Communist People's Party of Kazakhstan",
			adilet: 'Democratic Party'
		});
		expect(model.mergers).toEqual({
			asar: 'merged into Otan (now Amanat) in 2006',
			aist: 'later merged into what is now Amanat'
		});
	});
});

describe('rulingPartyHistory', () => {
	const h = rulingPartyHistory(data);

	it('follows Amanat and its forerunners, with no value missing', () => {
		expect(rulingParty(data)).toBe('amanat');
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
});

describe('compare chart files', () => {
	const files = compareChartFiles(data);

	it('lists the four default charts, six chambers and thirty pairs, each once', () => {
		expect(files).toHaveLength(4 + 6 + 30);
		expect(new Set(files.map((f) => f.id)).size).toBe(files.length);
		expect(files.slice(0, 4).map((f) => f.id)).toEqual([
			'hemicycle-a',
			'hemicycle-b',
			'seat-change',
			'ruling-party-history'
		]);
		expect(files.find((f) => f.id === 'seat-change-2016-2023')?.page).toBe('/compare/2016-2023/');
	});

	it('builds every file with its own id', () => {
		for (const f of files) expect(compareChart(data, f.id).meta.id, f.id).toBe(f.id);
		expect(() => compareChart(data, 'seat-change-1999-2023')).toThrow(/1999/);
		expect(() => compareChart(data, 'nonsense')).toThrow(/nonsense/);
	});

	it('renders the seat-change file with Amanat −13 and the hatched Assembly', () => {
		const { meta, data: chart } = compareChart(data, 'seat-change');
		const { body } = render(SeatChange, {
			props: { meta, data: chart, standalone: true } as never
		});
		expect(body).toContain('data-party="amanat" data-change="-13"');
		expect(body).toContain('<pattern id="seat-change-hatch"');
		expect(body).toContain('fill="url(#seat-change-hatch)"');
		expect(body).not.toContain('tabindex');
		expect(body).toContain('>Seats won and lost, 2021 to 2023</text>');
	});

	it('renders the history file with three lines and both system changes', () => {
		const { meta, data: chart } = compareChart(data, 'ruling-party-history');
		const { body } = render(RulingPartyHistory, {
			props: { meta, data: chart, standalone: true } as never
		});
		expect(body.match(/<path /g)).toHaveLength(3);
		expect(body).toContain('2007–2021: party lists only');
		expect(body).toContain('2023: mixed');
		expect(body.match(/data-election=/g)).toHaveLength(6);
	});
});
