import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { electionById } from '$lib/data/derive';
import { textWidth } from '../wrap';
import { AGAINST_ALL_COLOUR, buildVoteShare } from './build';

const data = realDataset();

describe('buildVoteShare (2023)', () => {
	const v = buildVoteShare(electionById(data, '2023'));

	it('sizes the label column to the longest name and scales 0-60% over the rest', () => {
		// "People's Party" is the longest label: 12 + its width + 10, rounded.
		expect(v.x0).toBe(Math.round(12 + textWidth("People's Party", 13) + 10));
		expect(v.x0).toBe(128);
		expect(v.ticks.map((t) => [t.label, t.x])).toEqual([
			['0%', 128],
			['20%', 199.33],
			['40%', 270.67],
			['60%', 342]
		]);
	});

	it('draws parties largest first, in one 30-unit step per bar', () => {
		expect(v.bars.map((b) => [b.id, b.pct, b.y, b.x1])).toEqual([
			['amanat', 53.9, 28, 320.24],
			['auyl', 10.9, 58, 166.88],
			['respublica', 8.59, 88, 158.64],
			['ak_zhol', 8.41, 118, 158],
			['ppk', 6.8, 148, 152.25],
			['osdp', 5.2, 178, 146.55],
			['baytaq', 2.3, 208, 136.2]
		]);
	});

	it('marks the 5% threshold over the party bars only', () => {
		expect(v.threshold).toEqual({ pct: 5, x: 145.83, y1: 22, y2: 232, label: '5% threshold' });
	});

	it('outlines the party under the threshold and writes its value past the line', () => {
		const baytaq = v.bars.find((b) => b.id === 'baytaq')!;
		expect(baytaq.over).toBe(false);
		expect(baytaq.fill).toBe('#c8e1cc');
		expect(baytaq.value).toBe('2.30%: under 5%');
		expect(baytaq.valueX).toBe(151.83);
		expect(baytaq.tip).toBe(
			'Baytaq\n2.30% of the vote (146,431 votes)\nUnder the 5% threshold: no party-list seats'
		);
		const amanat = v.bars[0]!;
		expect([amanat.over, amanat.fill, amanat.valueX]).toEqual([true, '#0077BB', 326.24]);
		expect(amanat.tip).toBe('Amanat\n53.90% of the vote (3,431,510 votes)\n40 party-list seats');
	});

	it("sets 'against all' apart below a rule, in neutral grey", () => {
		expect(v.separatorY).toBe(240);
		expect(v.against).toMatchObject({
			id: 'against-all',
			pct: 3.9,
			votes: 248291,
			fill: AGAINST_ALL_COLOUR,
			over: null,
			y: 252,
			value: '3.90%'
		});
		expect(v.bars.some((b) => b.id === 'against-all')).toBe(false);
		expect(v.axisY).toBe(293);
		expect(v.height).toBe(351);
	});
});

describe('buildVoteShare on other elections', () => {
	it('2021: no against-all row, 7% threshold, Auyl just under it', () => {
		const v = buildVoteShare(electionById(data, '2021'));
		expect(v.against).toBeNull();
		expect(v.separatorY).toBeNull();
		expect(v.threshold.label).toBe('7% threshold');
		expect(v.bars.filter((b) => !b.over).map((b) => b.id)).toEqual(['auyl', 'adal']);
		// The Assembly of the People stood on no list and has no bar.
		expect(v.bars.some((b) => b.id === 'apk')).toBe(false);
	});

	it('2004: missing vote counts are left out of the tooltip, not shown as 0', () => {
		const e = electionById(data, '2004');
		const v = buildVoteShare(e, (id) => e.results.find((r) => r.partyId === id)!.nameAtElection);
		const otan = v.bars[0]!;
		expect(otan.votes).toBeNull();
		expect(otan.tip).toBe('Otan\n60.60% of the vote\n7 party-list seats');
	});
});
