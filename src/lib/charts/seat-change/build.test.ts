import { describe, expect, it } from 'vitest';
import {
	barY,
	buildSeatChange,
	niceDomain,
	pct1,
	signed,
	WIDTH,
	type SeatChangeInput
} from './build';

const row = (id: string, seatsA: number, seatsB: number, extra: Partial<SeatChangeInput> = {}) => ({
	id,
	name: id,
	note: null,
	colour: '#000000',
	kind: 'party' as const,
	seatsA,
	seatsB,
	shareA: (seatsA / 107) * 100,
	shareB: (seatsB / 98) * 100,
	...extra
});
const chamber = { a: '2021', b: '2023', seatsA: 107, seatsB: 98 };

describe('signed and niceDomain', () => {
	it('writes changes with a true minus sign and no sign on zero', () => {
		expect(signed(-13)).toBe('−13');
		expect(signed(6)).toBe('+6');
		expect(signed(0)).toBe('0');
		expect(signed(-6.742, 1)).toBe('−6.7');
		expect(signed(-0.04, 1)).toBe('0.0');
	});

	it('picks a symmetric domain with at most three steps a side', () => {
		expect(niceDomain(13)).toEqual({ max: 15, step: 5 });
		expect(niceDomain(56)).toEqual({ max: 60, step: 20 });
		expect(niceDomain(0)).toEqual({ max: 1, step: 1 });
		expect(niceDomain(3)).toEqual({ max: 3, step: 1 });
	});
});

describe('buildSeatChange', () => {
	const data = buildSeatChange(
		[
			row('amanat', 76, 63, { note: 'then Nur Otan' }),
			row('auyl', 0, 8),
			row('apk', 9, 0, { kind: 'assembly' })
		],
		chamber
	);
	const amanat = data.rows[0]!;

	it('measures each change in seats and in points of each chamber', () => {
		expect(amanat).toMatchObject({
			change: -13,
			shareChange: -6.7,
			seatsText: '76 → 63 seats',
			shareText: '71.0% → 64.3%'
		});
		expect(amanat.seats.label).toBe('−13');
		expect(amanat.share.label).toBe('−6.7');
		expect(data.heading).toBe('Chamber: 107 seats in 2021 → 98 in 2023 (−9)');
		expect(data.columnLabel).toBe('2021 → 2023');
	});

	it('draws seats and points on one scale around a centred zero, losses to the left', () => {
		// Domain ±15 over 99 pixels a side (bars from 158 to 356, zero at 257): 6.6 pixels a unit.
		expect(data.zero).toBe(257);
		expect(data.ticks.map((t) => t.label)).toEqual(['−15', '−10', '−5', '0', '+5', '+10', '+15']);
		expect(data.ticks[0]!.x).toBe(158);
		expect(data.ticks.at(-1)!.x).toBe(356);
		expect(amanat.seats).toMatchObject({ x: 171.2, w: 85.8, anchor: 'end', lx: 166.2 });
		expect(amanat.share).toMatchObject({ x: 212.78, w: 44.22, anchor: 'end' });
		const auyl = data.rows[1]!;
		expect(auyl.seats).toMatchObject({ x: 257, w: 52.8, anchor: 'start', lx: 314.8 });
		// The share bar of a loss in a smaller chamber is shorter than its seat bar.
		expect(amanat.share.w).toBeLessThan(amanat.seats.w);
	});

	it('sets the seats outside the parties apart, with the Assembly in the legend', () => {
		expect(data.divider).toEqual({
			y: data.rows[2]!.y - 13 - 26 + 4,
			label: 'Seats outside the parties'
		});
		expect(data.legend.map((l) => l.key)).toEqual(['seats', 'share', 'assembly']);
		const plain = buildSeatChange([row('amanat', 76, 63)], chamber);
		expect(plain.divider).toBeNull();
		expect(plain.legend.map((l) => l.key)).toEqual(['seats', 'share']);
	});

	it('stacks the rows without overlap and keeps every label inside the width', () => {
		for (const [i, r] of data.rows.entries()) {
			expect(barY(r.barsY, 0)).toBeGreaterThan(r.y);
			expect(barY(r.barsY, 1)).toBeGreaterThan(barY(r.barsY, 0));
			if (i > 0) expect(r.y).toBeGreaterThan(barY(data.rows[i - 1]!.barsY, 1) + 12);
			for (const bar of [r.seats, r.share]) {
				expect(bar.x).toBeGreaterThanOrEqual(158);
				expect(bar.x + bar.w).toBeLessThanOrEqual(356);
			}
		}
		expect(data.height).toBeGreaterThan(barY(data.rows.at(-1)!.barsY, 1));
		expect(data.width).toBe(WIDTH);
	});

	it('moves a long former name under the party name', () => {
		const long = buildSeatChange(
			[
				row('ppk', 7, 5, {
					name: "People's Party",
					note: "then Communist People's Party of Kazakhstan"
				})
			],
			chamber
		);
		const r = long.rows[0]!;
		expect(r.noteY).toBe(r.y + 15);
		expect(r.barsY).toBe(r.y + 4 + 15);
		expect(data.rows[0]!.noteY).toBeNull();
	});

	it('says who changed how much in the tooltip', () => {
		expect(amanat.tip).toBe(
			'amanat (then Nur Otan)\nSeats: 76 of 107 in 2021 → 63 of 98 in 2023 (−13)\nShare of the chamber: 71.0% → 64.3% (−6.7 points)'
		);
	});
});

describe('in Kazakh and Russian', () => {
	it('writes decimal commas in Kazakh and Russian, and keeps English as it was', () => {
		expect(signed(-6.742, 1, 'ru')).toBe('−6,7');
		expect(signed(-0.04, 1, 'kk')).toBe('0,0');
		expect(signed(-6.742, 1)).toBe('−6.7');
		expect(pct1(71.028)).toBe('71.0%');
		expect(pct1(71.028, 'kk')).toBe('71,0%');
		expect(pct1(71.028, 'ru')).toMatch(/^71,0\s%$/);
	});

	it('declines "мандат" after the number in Russian, keeps it singular in Kazakh', () => {
		const row = (seatsA: number, seatsB: number) => ({
			id: `p${seatsA}-${seatsB}`,
			name: 'P',
			note: null,
			colour: '#000000',
			kind: 'party' as const,
			seatsA,
			seatsB,
			shareA: seatsA,
			shareB: seatsB
		});
		const chamber = { a: '2021', b: '2023', seatsA: 107, seatsB: 98 };
		const rows = [row(76, 63), row(9, 1), row(5, 22)];
		const ru = buildSeatChange(rows, chamber, 'ru');
		expect(ru.rows.map((r) => r.seatsText)).toEqual([
			'76 → 63 мандата',
			'9 → 1 мандат',
			'5 → 22 мандата'
		]);
		expect(ru.heading).toBe('Палата: 2021 — 107 мандатов, 2023 — 98 (−9)');
		expect(ru.legend.map((l) => l.label)).toEqual(['Мандаты', 'Доля в палате (процентные пункты)']);
		const kk = buildSeatChange(rows, chamber, 'kk');
		expect(kk.rows.map((r) => r.seatsText)).toEqual([
			'76 → 63 мандат',
			'9 → 1 мандат',
			'5 → 22 мандат'
		]);
		expect(kk.rows[0]!.tip.split('\n').slice(1)).toEqual([
			'Мандаттар: 2021 жылы 107 мандаттың 76 → 2023 жылы 98 мандаттың 63 (−13)',
			'Палатадағы үлес: 76,0% → 63,0% (−13,0 пайыздық тармақ)'
		]);
	});
});
