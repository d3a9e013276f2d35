/**
 * Interim turnout by region at votes other than the Majilis elections
 * (data/turnout-by-region-other-votes.csv): the figures an election or referendum commission
 * reported on voting day, at a time of day (22:00, 20:00, 18:00…) or at the close of polls. None
 * is final, and an empty turnout is "not found", never 0.
 *
 * Rows are grouped into series, one per vote and report time; a series holds the national figure
 * of that report (iso_3166_2 "KZ") where the file has it, and its units by ISO 3166-2 code. A unit
 * created after the vote (data/region-changes.json) cannot have a figure of its own.
 */
import * as v from 'valibot';
import type { CsvRow } from './csv.ts';
import { DataError, parseRecord } from './errors.ts';
import { dataPath, FILES } from './files.ts';
import { optionalNumber, percent } from './schema.ts';
import type { NationalVote } from './national-votes.ts';
import type { Region, RegionChanges } from './types.ts';

export interface UnitTurnout {
	regionId: string;
	/** The unit as the report names it ("Karaganda Region (2022 borders; before Ulytau split)"). */
	region: string;
	/** Null: not found. */
	turnoutPct: number | null;
	confidence: 'high' | 'medium' | 'low' | null;
	source: string;
	note: string;
}

export interface TurnoutSeries {
	voteId: string;
	/** "2200", "2000", "1800" or "close": the state name of the series (with the vote id). */
	key: string;
	/** The time of the report, "22:00", where the file gives one. */
	time: string | null;
	/** The report is the one at the close of polls. */
	closeOfPolls: boolean;
	/** The national figure of the same report, if the file has it. */
	national: { turnoutPct: number; asOf: string; source: string; note: string } | null;
	units: UnitTurnout[];
}

const NATIONAL = 'KZ';

const rowSchema = v.object({
	vote_id: v.pipe(v.string(), v.nonEmpty('expected a vote id')),
	as_of: v.pipe(v.string(), v.nonEmpty('expected the time of the report')),
	status: v.pipe(
		v.string(),
		v.regex(/^(interim[- ]turnout|not found)/, 'expected "interim turnout…" or "not found"')
	),
	region: v.pipe(v.string(), v.nonEmpty('expected a region name')),
	iso_3166_2: v.pipe(v.string(), v.regex(/^KZ(-\d{2})?$/, 'expected KZ or an ISO 3166-2:KZ code')),
	turnout_pct: optionalNumber(percent),
	confidence: v.picklist(['high', 'medium', 'low', ''], 'expected high, medium, low or empty'),
	source: v.pipe(v.string(), v.nonEmpty('expected a source')),
	note: v.string()
});

/** "22:00" from "preliminary 22:00" or "2026-03-15 18:00 Astana"; null for "close of polls". */
function timeOf(asOf: string): string | null {
	return /\b(\d{1,2}):(\d{2})\b/.exec(asOf)?.slice(1).join(':') ?? null;
}

export function loadVoteTurnout(
	rows: CsvRow[],
	votes: NationalVote[],
	regions: Region[],
	changes: RegionChanges
): TurnoutSeries[] {
	const file = dataPath(FILES.voteTurnout);
	const regionIds = new Set(regions.map((r) => r.id));
	const series = new Map<string, TurnoutSeries>();
	const parsed = rows.map((row) => {
		const record = `line ${row.line} (${row.values.vote_id ?? ''} ${row.values.region ?? ''})`;
		return { record, r: parseRecord(rowSchema, row.values, file, record) };
	});
	for (const { record, r } of parsed) {
		const vote = votes.find((x) => x.id === r.vote_id);
		if (!vote)
			throw new DataError(file, record, 'vote_id', `unknown vote (not in ${FILES.nationalVotes})`);
		const notFound = r.status.startsWith('not found');
		if (notFound !== (r.turnout_pct === null))
			throw new DataError(
				file,
				record,
				'turnout_pct',
				notFound ? 'a unit "not found" has no turnout' : 'empty, but the status is not "not found"'
			);
		// The close-of-polls report of a vote is one series, whatever time a row adds to it.
		const closeOfPolls = /close of polls/i.test(r.as_of);
		const time = timeOf(r.as_of);
		const key = closeOfPolls ? 'close' : time?.replace(':', '');
		if (!key)
			throw new DataError(file, record, 'as_of', 'expected a time (HH:MM) or "close of polls"');
		const id = `${r.vote_id}/${key}`;
		const s = series.get(id) ?? {
			voteId: r.vote_id,
			key,
			time: null,
			closeOfPolls,
			national: null,
			units: []
		};
		series.set(id, s);
		s.time ??= time;
		if (r.iso_3166_2 === NATIONAL) {
			if (s.national) throw new DataError(file, record, 'iso_3166_2', 'a second national row');
			if (r.turnout_pct === null)
				throw new DataError(file, record, 'turnout_pct', 'a national row needs a turnout');
			s.national = { turnoutPct: r.turnout_pct, asOf: r.as_of, source: r.source, note: r.note };
			continue;
		}
		if (!regionIds.has(r.iso_3166_2))
			throw new DataError(
				file,
				record,
				'iso_3166_2',
				`unknown region "${r.iso_3166_2}" (not in ${FILES.topology})`
			);
		if (s.units.some((u) => u.regionId === r.iso_3166_2))
			throw new DataError(file, record, 'iso_3166_2', `${r.iso_3166_2} twice in this report`);
		const split = changes.splits.find((x) => x.regionId === r.iso_3166_2);
		if (split && vote.date < split.date)
			throw new DataError(
				file,
				record,
				'iso_3166_2',
				`${r.iso_3166_2} was created on ${split.date} (${FILES.regionChanges}), after this vote`
			);
		s.units.push({
			regionId: r.iso_3166_2,
			region: r.region,
			turnoutPct: r.turnout_pct,
			confidence: r.confidence || null,
			source: r.source,
			note: r.note
		});
	}
	return [...series.values()];
}
