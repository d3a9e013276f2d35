import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { questionOf, shareBase } from '../ballot/facts';
import { referendum } from './spec';

const data = realDataset();

describe('referendum', () => {
	it('has readable slugs: the year, or year and month where a year had two', () => {
		expect(referendum.states!(data)).toEqual([
			'latest',
			'2026',
			'2024',
			'2022',
			'1995-08',
			'1995-04'
		]);
	});

	it('2026: yes 87.15% of all 9,127,192 who took part; no, invalid and other ballots as counted', () => {
		const built = referendum.build(data, 'en', '2026');
		expect(built.meta.id).toBe('referendum-2026');
		expect(built.data.bars.map((b) => [b.id, b.pct, b.votes])).toEqual([
			['yes', 87.15, 7954667],
			['no', null, 898099]
		]);
		expect(built.data.apart.map((b) => [b.id, b.votes])).toEqual([
			['invalid', 146558],
			['ballots-of-non-established-form', 127868]
		]);
		expect(built.data.baseLines.map((l) => l.text).join(' ')).toBe(
			'Shares are of all 9,127,192 voters who took part. A bar without a share is drawn from its count, of the same total.'
		);
		const v = data.nationalVotes.find((x) => x.id === 'referendum-2026-03')!;
		expect(questionOf(v)).toEqual({
			text: 'Do you accept the new Constitution of the Republic of Kazakhstan, the draft of which was published in the mass media on 12 February 2026?',
			quoted: true
		});
	});

	it('1995: the shares are of valid votes, as the source says, not of ballots cast', () => {
		const v = data.nationalVotes.find((x) => x.id === 'referendum-1995-04')!;
		expect(shareBase(v)).toEqual({ base: 'valid', total: 8244990 });
		expect(questionOf(v)).toEqual({
			text: "extend Nazarbayev's term to 1 Dec 2000",
			quoted: false
		});
		const kk = referendum.build(data, 'kk', '1995-04');
		expect(kk.data.bars.map((b) => b.label)).toEqual(['Иә', 'Жоқ']);
	});
});
