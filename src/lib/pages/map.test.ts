import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { mapMetas, regionalStatus, unitFacts, unplacedDistricts } from './map';

const data = realDataset();
const units = unitFacts(data);
const unit = (id: string) => units.find((u) => u.id === id)!;

describe('facts per unit', () => {
	it('has the 20 units A to Z with their 2023 turnout', () => {
		expect(units).toHaveLength(20);
		expect(units.map((u) => u.name).slice(0, 3)).toEqual([
			'Abai Region',
			'Akmola Region',
			'Aktobe Region'
		]);
		expect(unit('KZ-75')).toMatchObject({
			name: 'Almaty',
			kind: 'city',
			turnout2023: 25.82,
			turnout2021: 30.3,
			change: -4.48
		});
	});

	it('compares the regions created in 2022 with the region they were split from', () => {
		expect(unit('KZ-10')).toMatchObject({
			turnout2021: 72.4,
			change: -15.38,
			comparedWith: { id: 'KZ-63', name: 'East Kazakhstan Region' }
		});
		expect(unit('KZ-33')).toMatchObject({
			turnout2021: 73.5,
			change: -18.18,
			comparedWith: { id: 'KZ-19' }
		});
		expect(unit('KZ-62')).toMatchObject({
			turnout2021: 70.7,
			change: -11.71,
			comparedWith: { id: 'KZ-35' }
		});
		expect(unit('KZ-63')).toMatchObject({
			comparedWith: null,
			splitOff: ['Abai Region'],
			change: -8.25
		});
		expect(units.filter((u) => u.comparedWith)).toHaveLength(3);
	});

	it('places the districts the data place, and no others', () => {
		expect(unit('KZ-61').districts.map((d) => d.no)).toEqual([25, 26, 27]);
		expect(unit('KZ-35').districts).toEqual([
			{ no: 18, winner: null, party: null, nomination: null },
			{
				no: 19,
				winner: 'Arman Qalyqov',
				party: 'Amanat',
				nomination: 'not confirmed (Wikipedia lists party as Amanat)'
			}
		]);
		expect(units.reduce((s, u) => s + u.districts.length, 0)).toBe(25);
		expect(unplacedDistricts(data)).toEqual([13, 14, 15, 24]);
	});
});

describe('chart metadata', () => {
	const metas = mapMetas(data, units);

	it('names the figures and credits the turnout source and the boundaries', () => {
		expect(Object.values(metas).map((m) => m.id)).toEqual([
			'map-turnout-2023',
			'map-turnout-change',
			'map-districts'
		]);
		expect(metas['turnout-2023'].source).toMatch(
			/^Turnout 2023: CEC, preliminary at close of polls, via Kazinform \(2023-03-19\)\. Boundaries: OCHA\/UNHCR/
		);
		expect(metas['turnout-change'].source).toContain(
			'2021: CEC, preliminary as of 22:00 on election day'
		);
		expect(metas['turnout-2023'].desc).toContain(
			'Lowest: Almaty 25.82%; highest: Kyzylorda Region 67.21%'
		);
		expect(metas['turnout-change'].desc).toContain('turnout fell in 20 of 20 units');
	});

	it('reads one status per election from the rows', () => {
		expect(regionalStatus(data, '2023')).toBe('preliminary at close of polls');
		expect(regionalStatus(data, '2021')).toBe('preliminary as of 22:00 on election day');
	});
});
