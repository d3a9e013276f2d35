import { describe, expect, it } from 'vitest';
import { loadDataset } from './load';
import { DataError } from './errors';
import { dataPath, FILES } from './files';
import { reader, realDataset, realText } from './fixtures';

const series = realDataset().voteTurnout;
const file = dataPath(FILES.voteTurnout);
const of = (voteId: string, key: string) =>
	series.find((s) => s.voteId === voteId && s.key === key)!;

/** The real file with the first line that starts with `match` changed. */
function withLine(match: string, edit: (line: string) => string) {
	const lines = realText(FILES.voteTurnout).split('\n');
	const i = lines.findIndex((l) => l.startsWith(match));
	expect(i, match).toBeGreaterThan(0);
	lines[i] = edit(lines[i]!);
	return reader({ [FILES.voteTurnout]: lines.join('\n') });
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

describe('interim regional turnout at other votes', () => {
	it('groups the rows into one series per vote and report time', () => {
		expect(series.map((s) => [s.voteId, s.key, s.time, s.units.length])).toEqual([
			['president-2022', '2200', '22:00', 20],
			['referendum-2024', '2000', '20:00', 20],
			['referendum-2022', 'close', '22:00', 11],
			['referendum-2026-03', '2030', '20:30', 0],
			['referendum-2026-03', '1800', '18:00', 20],
			['referendum-2026-03', '2000', '20:00', 20]
		]);
	});

	it('keeps the national figure of each report beside its units', () => {
		expect(of('president-2022', '2200').national?.turnoutPct).toBe(69.43);
		expect(of('referendum-2026-03', '1800').national?.turnoutPct).toBe(70.98);
		expect(of('referendum-2026-03', '2000').national).toBeNull();
		const jetisu = of('president-2022', '2200').units.find((u) => u.regionId === 'KZ-33')!;
		expect([jetisu.turnoutPct, jetisu.confidence]).toEqual([81.42, 'high']);
	});

	it('keeps a unit not found as null, never 0', () => {
		const missing = of('referendum-2026-03', '2000').units.filter((u) => u.turnoutPct === null);
		expect(missing.map((u) => u.regionId).sort()).toEqual(['KZ-47', 'KZ-55', 'KZ-59', 'KZ-62']);
		expect(missing.every((u) => u.confidence === null)).toBe(true);
	});

	it('refuses an unknown vote, naming file, record and field', () => {
		const e = failure(() =>
			loadDataset(
				withLine('president-2022,preliminary 22:00', (l) =>
					l.replace('president-2022', 'president-2023')
				)
			)
		);
		expect(e.message).toBe(
			`Bad data in ${file}, record line 3 (president-2023 Abai Region), field vote_id: unknown vote (not in ${FILES.nationalVotes})`
		);
	});

	it('refuses a turnout of 0 written for "not found", and an empty turnout that is not', () => {
		const zero = failure(() =>
			loadDataset(
				withLine('referendum-2026-03,2026-03-15 20:00 Astana,not found,Mangystau', (l) =>
					l.replace('KZ-47,,', 'KZ-47,0,')
				)
			)
		);
		expect(zero.message).toMatch(
			/line \d+ \(referendum-2026-03 Mangystau Region\), field turnout_pct: a unit "not found" has no turnout$/
		);
		const empty = failure(() =>
			loadDataset(
				withLine('referendum-2024,preliminary 20:00,interim turnout (preliminary),Almaty,', (l) =>
					l.replace(',25.39,', ',,')
				)
			)
		);
		expect(empty.message).toMatch(
			/\(referendum-2024 Almaty\), field turnout_pct: empty, but the status is not "not found"$/
		);
	});

	it('refuses a region that did not exist on the day of the vote', () => {
		const e = failure(() =>
			loadDataset(
				withLine('referendum-2022,close of polls,interim turnout (preliminary),Turkistan', (l) =>
					l.replace('KZ-61', 'KZ-62')
				)
			)
		);
		expect(e.message).toMatch(
			/\(referendum-2022 Turkistan Region\), field iso_3166_2: KZ-62 was created on 2022-06-08 \(region-changes\.json\), after this vote$/
		);
	});

	it('refuses a unit twice in one report and an unknown code', () => {
		const twice = failure(() =>
			loadDataset(
				withLine('referendum-2024,preliminary 20:00,interim turnout (preliminary),Abai', (l) =>
					l.replace('KZ-10', 'KZ-11')
				)
			)
		);
		expect(twice.message).toMatch(/field iso_3166_2: KZ-11 twice in this report$/);
		const unknown = failure(() =>
			loadDataset(
				withLine('referendum-2024,preliminary 20:00,interim turnout (preliminary),Abai', (l) =>
					l.replace('KZ-10', 'KZ-99')
				)
			)
		);
		expect(unknown.message).toMatch(/field iso_3166_2: unknown region "KZ-99"/);
	});
});
