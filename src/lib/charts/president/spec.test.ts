import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { csvTable } from '../table';
import { shareBase } from '../ballot/facts';
import { president } from './spec';

const data = realDataset();

describe('president', () => {
	it('has a state per presidential election, the latest first as the default file', () => {
		expect(president.states!(data)).toEqual([
			'latest',
			'2022',
			'2019',
			'2015',
			'2011',
			'2005',
			'1999',
			'1991'
		]);
	});

	it('2022: Tokayev elected with 81.31%, against all apart, shares of candidates and against all', () => {
		const built = president.build(data, 'en', '2022');
		expect(built.meta.id).toBe('president-2022');
		const [first] = built.data.bars;
		expect([first!.label, first!.pct, first!.votes, first!.winner]).toEqual([
			'Kassym-Jomart Tokayev',
			81.31,
			6456392,
			true
		]);
		expect(first!.value).toBe('81.31%, elected');
		expect(built.data.bars.filter((b) => b.winner)).toHaveLength(1);
		expect(built.data.apart.map((b) => [b.id, b.pct, b.votes])).toEqual([
			['against-all', 5.8, 460484]
		]);
		expect(built.data.baseLines.map((l) => l.text).join(' ')).toBe(
			'Shares are of the 7,940,477 votes for a candidate or against.'
		);
	});

	it('finds the base of each election from the counts, and says when none fits', () => {
		const bases = Object.fromEntries(
			data.nationalVotes.filter((v) => v.kind === 'presidential').map((v) => [v.year, shareBase(v)])
		);
		expect(bases[1991]).toEqual({ base: 'counted', total: 8788528 });
		expect(bases[2019]).toEqual({ base: 'valid', total: 9216410 });
		expect(bases[1999]).toEqual({ base: 'unknown', total: null });
		expect(bases[2015]).toEqual({ base: 'unknown', total: null });
	});

	it('2019: minor candidates without a stated share keep their count, drawn of the same base', () => {
		const built = president.build(data, 'ru', '2019');
		const minor = built.data.bars.find((b) => b.id === 'toleutai-rakhimbekov')!;
		expect([minor.pct, minor.value, minor.english]).toEqual([null, 'голосов: 280\u00a0451', true]);
		expect(minor.x1).toBeGreaterThan(built.data.x0);
	});

	it('writes a CSV with the stated shares and the winner', () => {
		const csv = csvTable(president.build(data, 'en', '2022'), president.columns);
		expect(csv.columns).toEqual([
			'option_id',
			'option',
			'party',
			'votes',
			'pct',
			'apart',
			'elected'
		]);
		expect(csv.rows[0]).toEqual([
			'kassym-jomart-tokayev',
			'Kassym-Jomart Tokayev',
			null,
			6456392,
			81.31,
			'no',
			'yes'
		]);
		expect(csv.rows.at(-1)).toEqual(['against-all', 'Against all', null, 460484, 5.8, 'yes', null]);
	});
});
