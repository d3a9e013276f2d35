import { describe, expect, it } from 'vitest';
import { loadDataset } from './load';
import { DataError } from './errors';
import { dataPath, FILES } from './files';
import { reader, realDataset, realText } from './fixtures';

const votes = realDataset().nationalVotes;
const file = dataPath(FILES.nationalVotes);

/** The real national-votes.csv with one line changed. */
function withLine(match: string, edit: (line: string) => string) {
	const lines = realText(FILES.nationalVotes).split('\n');
	const i = lines.findIndex((l) => l.startsWith(match));
	expect(i, match).toBeGreaterThan(0);
	lines[i] = edit(lines[i]!);
	return reader({ [FILES.nationalVotes]: lines.join('\n') });
}

function failure(load: () => unknown): DataError {
	try {
		load();
	} catch (e) {
		if (e instanceof DataError) return e;
		throw e;
	}
	throw new Error('expected a DataError');
}

describe('national votes, from data/national-votes.csv', () => {
	it('22 votes from 1 December 1991 to the Kurultai election as called, in date order', () => {
		expect(votes).toHaveLength(22);
		expect(votes[0]).toMatchObject({ id: 'president-1991', date: '1991-12-01', turnoutPct: 88.23 });
		expect(votes.at(-1)).toMatchObject({ id: 'kurultai-2026', kind: 'kurultai', status: 'called' });
		expect(votes.at(-1)!.turnoutPct).toBeNull();
		expect(votes.filter((v) => v.turnoutPct !== null)).toHaveLength(21);
	});

	it('keeps every option of a vote with its count and share', () => {
		const p2022 = votes.find((v) => v.id === 'president-2022')!;
		expect(p2022.turnoutPct).toBe(69.44);
		expect(p2022.options.find((o) => o.option.includes('Tokayev'))?.pct).toBe(81.31);
		const r2026 = votes.find((v) => v.id === 'referendum-2026-03')!;
		expect(r2026.turnoutPct).toBe(73.12);
		expect(r2026.options.find((o) => /^yes/i.test(o.option))?.pct).toBe(87.15);
	});

	it('shows the Majilis turnout of majilis-elections.json, which agrees to its precision', () => {
		// 75.45 in national-votes.csv; 75.4 (Reuters, CEC) in majilis-elections.json.
		expect(votes.find((v) => v.id === 'majilis-2012')?.turnoutPct).toBe(75.4);
		expect(votes.find((v) => v.id === 'majilis-2023')?.turnoutPct).toBe(54.21);
	});

	it('refuses a Majilis turnout that disagrees with the elections file', () => {
		const e = failure(() =>
			loadDataset(
				withLine('majilis-2021,majilis,2021-01-10,TOTAL', (l) => l.replace('63.25', '63.9'))
			)
		);
		expect(e).toMatchObject({ file, record: 'majilis-2021', field: 'turnout_pct' });
	});

	it('refuses a bad kind, a second TOTAL row and results for a vote that is only called', () => {
		expect(
			failure(() =>
				loadDataset(
					withLine('president-2019,presidential', (l) => l.replace('presidential', 'royal'))
				)
			)
		).toMatchObject({ file, field: 'kind' });
		expect(
			failure(() =>
				loadDataset(
					withLine('president-2019,presidential,2019-06-09,Kassym', (l) =>
						l.replace(/,Kassym[^,]*,/, ',TOTAL,')
					)
				)
			)
		).toMatchObject({ file, field: 'option' });
		expect(
			failure(() =>
				loadDataset(withLine('kurultai-2026', (l) => l.replace('TOTAL,,,,,,,', 'TOTAL,,,,,,50,')))
			)
		).toMatchObject({ file, record: 'kurultai-2026', field: 'status' });
	});
});
