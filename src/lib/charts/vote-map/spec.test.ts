import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { voteMap } from './spec';

const data = realDataset();

describe('turnout maps of other votes', () => {
	it('has one state per vote and report with units', () => {
		expect(voteMap.states!(data)).toEqual([
			'president-2022-2200',
			'referendum-2024-2000',
			'referendum-2022-close',
			'referendum-2026-1800',
			'referendum-2026-2000'
		]);
	});

	it('2026 at 20:00: 20 units, the four not found hatched and missing, never 0', () => {
		const built = voteMap.build(data, 'en', 'referendum-2026-2000');
		expect(built.data.layer.regions).toHaveLength(20);
		const hatched = built.data.layer.regions.filter((r) => r.hatch).map((r) => r.id);
		expect(hatched.sort()).toEqual(['KZ-47', 'KZ-55', 'KZ-59', 'KZ-62']);
		expect(built.rows.filter((r) => r.turnout === null)).toHaveLength(4);
		expect(built.data.layer.hatchNote).toBe('Not found');
		expect(built.meta.title).toBe(
			'Turnout by region at 20:00, Referendum, 15 March 2026: interim figures'
		);
	});

	it('2022 referendum on its own borders: Abai, Jetisu and Ulytau take the figure of their parent', () => {
		const built = voteMap.build(data, 'en', 'referendum-2022-close');
		const row = (id: string) => built.rows.find((r) => r.id === id)!;
		expect([row('KZ-10').turnout, row('KZ-10').partOf]).toEqual([77.49, 'East Kazakhstan Region']);
		expect([row('KZ-62').turnout, row('KZ-62').partOf]).toEqual([77.39, 'Karaganda Region']);
		expect(
			built.rows
				.filter((r) => r.turnout === null)
				.map((r) => r.id)
				.sort()
		).toEqual(['KZ-15', 'KZ-23', 'KZ-27', 'KZ-31', 'KZ-39', 'KZ-47']);
		expect(built.data.layer.footnotes.map((f) => f.text).join(' ')).toMatch(
			/^Abai Region, Jetisu Region and Ulytau Region did not exist on 5 June 2022/
		);
	});
});
