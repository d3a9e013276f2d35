import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { csvTable } from '../table';
import { simulatedHemicycle } from './spec';

const data = realDataset();

describe('simulated-hemicycle', () => {
	it('is the simulator’s default: 2023 as elected, one row per party, seats adding up to 98', () => {
		const built = simulatedHemicycle.build(data, 'en', 'default');
		expect(built.meta.id).toBe('simulated-hemicycle');
		expect(built.meta.title).toBe('2023 votes, 5% threshold, Hare: 98 seats');
		expect(built.rows.reduce((s, r) => s + r.total, 0)).toBe(98);
		expect(built.rows.find((r) => r.partyId === 'amanat')?.total).toBe(63);
		const csv = csvTable(built, simulatedHemicycle.columns);
		expect(csv.columns).toEqual([
			'party_id',
			'party',
			'party_list_seats',
			'single_mandate_seats',
			'assembly_seats',
			'total_seats'
		]);
	});

	it('writes its words in the language', () => {
		const ru = simulatedHemicycle.build(data, 'ru', 'default');
		expect(ru.meta.title).toBe('Голоса 2023 года, барьер 5\u00a0%, Хэйр: 98 мандатов');
		expect(ru.data.majorityLabel).toBe('Большинство: 50 из 98');
		expect(simulatedHemicycle.build(data, 'kk', 'default').meta.title).toContain('өту межесі');
	});
});
