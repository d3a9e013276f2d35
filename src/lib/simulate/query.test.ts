import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { simulatorInput } from '$lib/pages/simulate';
import { defaultSettings } from './model';
import { parseQuery, toQuery } from './query';

const input = simulatorInput(realDataset());
const parse = (q: string) => parseQuery(input, new URLSearchParams(q));

describe('parseQuery', () => {
	it('reads a full address, and an empty one as the default without notes', () => {
		expect(parse('e=2023&t=7&m=dhondt&c=list&s=nomination')).toEqual({
			settings: {
				election: '2023',
				thresholdPct: 7,
				method: 'dhondt',
				design: 'list',
				smd: 'nomination'
			},
			notes: []
		});
		expect(parse('')).toEqual({ settings: defaultSettings(input), notes: [] });
	});

	it("takes a missing value from the chosen election's own rules", () => {
		expect(parse('e=2021').settings).toEqual({
			election: '2021',
			thresholdPct: 7,
			method: 'hare',
			design: 'assembly',
			smd: 'membership'
		});
	});

	it('falls back on garbage, one note per value, naming it', () => {
		const { settings, notes } = parse('e=1999&t=abc&m=<b>&c=round&s=x');
		expect(settings).toEqual(defaultSettings(input));
		expect(notes).toHaveLength(5);
		expect(notes[0]).toMatch(/^Ignored e=1999 .*showing 2023/);
		expect(notes[1]).toMatch(/^Ignored t=abc .*from 0 to 10/);
		expect(notes[2]).toMatch(/^Ignored m=<b> /);
		expect(notes[3]).toMatch(/^Ignored c=round /);
		expect(notes[4]).toMatch(/^Ignored s=x /);
	});

	it('refuses thresholds out of range or not plain numbers, and rounds to 0.1', () => {
		for (const t of ['-1', '10.01', '1e1', 'Infinity', '', ' ', '7%', '0x7'])
			expect(parse(`t=${encodeURIComponent(t)}`).settings.thresholdPct, t).toBe(5);
		expect(parse('t=0').settings.thresholdPct).toBe(0);
		expect(parse('t=10').settings.thresholdPct).toBe(10);
		expect(parse('t=7.25')).toMatchObject({
			settings: { thresholdPct: 7.3 },
			notes: ['The threshold 7.25% was rounded to 7.3%.']
		});
	});

	it('explains why 2004 and kept single-mandate seats before 2023 are not offered', () => {
		expect(parse('e=2004').notes[0]).toMatch(/vote shares .* not vote counts/);
		expect(parse('e=2016&c=mixed')).toMatchObject({
			settings: { election: '2016', design: 'assembly' },
			notes: [expect.stringMatching(/2016 had no single-mandate seats/)]
		});
	});

	it('shortens a very long value in its note', () => {
		expect(parse(`m=${'x'.repeat(500)}`).notes[0]!.length).toBeLessThan(160);
	});
});

describe('toQuery', () => {
	it('writes every setting, and the single-mandate count only for 2023', () => {
		expect(toQuery(input, { ...defaultSettings(input), thresholdPct: 7 })).toBe(
			'e=2023&t=7&m=hare&c=mixed&s=membership'
		);
		expect(
			toQuery(input, {
				election: '2021',
				thresholdPct: 5.5,
				method: 'sainte-lague',
				design: 'list',
				smd: 'membership'
			})
		).toBe('e=2021&t=5.5&m=sainte-lague&c=list');
	});

	it('round-trips through parseQuery', () => {
		const s = {
			election: '2012',
			thresholdPct: 3.3,
			method: 'dhondt' as const,
			design: 'list' as const,
			smd: 'membership' as const
		};
		expect(parse(toQuery(input, s))).toEqual({ settings: s, notes: [] });
	});
});
