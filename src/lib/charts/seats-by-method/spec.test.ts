import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { seatsByMethod2023 } from './spec';

const data = realDataset();

describe('seats-by-method-2023', () => {
	it('seats by method: both counts side by side, each adding up to the chamber', () => {
		const { meta, rows, footer, data: d } = seatsByMethod2023.build(data, 'en', '');
		expect(meta.id).toBe('seats-by-method-2023');
		expect(rows.find((r) => r.id === 'amanat')).toEqual({
			id: 'amanat',
			name: 'Amanat',
			list: 40,
			smdMembership: 23,
			smdNomination: 22,
			totalMembership: 63,
			totalNomination: 62
		});
		expect(rows.find((r) => r.id === 'independents')).toMatchObject({
			smdMembership: 6,
			smdNomination: 7
		});
		expect(footer).toMatchObject({
			list: 69,
			smdMembership: 29,
			smdNomination: 29,
			totalMembership: 98,
			totalNomination: 98
		});
		expect(d.note?.lines.map((l) => l.text).join(' ')).toBe(
			"By nomination, the election commission's count, Amanat has 22 single-mandate seats (62 in all) and the self-nominated 7."
		);
		expect(d.rows.find((r) => r.id === 'amanat')?.tip).toBe(
			'Amanat\n63 seats: 40 party-list, 23 single-mandate\nBy nomination (CEC): 22 single-mandate seats, 62 in all'
		);
	});
});
