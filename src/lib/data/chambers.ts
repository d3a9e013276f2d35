/**
 * The chambers (data/chambers.json): when the Majilis ended and how the Kurultai that replaces it
 * is composed, each with its sources. Checked at the door like every file: the votes it names
 * exist in national-votes.csv, and a chamber's seats by method add up to its total.
 */
import * as v from 'valibot';
import { DataError, parseRecord } from './errors.ts';
import { dataPath, FILES } from './files.ts';
import { CHAMBER_KINDS, count, isoDate, percent, sourceSchema } from './schema.ts';
import type { Source } from './types.ts';

export type ChamberKind = (typeof CHAMBER_KINDS)[number];

const confidence = v.picklist(['high', 'medium', 'low'], 'expected "high", "medium" or "low"');
const sources = v.pipe(v.array(sourceSchema), v.minLength(1, 'expected at least one source'));

const chamberSchema = v.variant('id', [
	v.object({
		id: v.literal('majilis'),
		powers_ended: isoDate,
		ended_by: v.string(),
		confidence,
		sources
	}),
	v.object({
		id: v.literal('kurultai'),
		established_by: v.string(),
		first_election: v.string(),
		seats_total: v.pipe(count, v.minValue(1, 'expected 1 or more')),
		seats_by_method: v.object({
			party_list_pr: count,
			single_member_districts: count,
			assembly_of_people: count
		}),
		allocation_method: v.nullable(v.string()),
		threshold_claims: v.array(
			v.object({ pct: percent, basis: v.pipe(v.string(), v.nonEmpty()), confidence })
		),
		confidence,
		sources
	})
]);

const fileSchema = v.object({
	title: v.string(),
	notes: v.string(),
	chambers: v.array(v.unknown())
});

export interface Chambers {
	majilis: { powersEnded: string; endedBy: string; sources: Source[] };
	kurultai: {
		establishedBy: string;
		firstElection: string;
		seatsTotal: number;
		seatsByMethod: { list: number; smd: number; assembly: number };
		/** Not found in a primary source: null. */
		allocationMethod: string | null;
		/** The thresholds reported, which conflict, each with its basis. */
		thresholdClaims: { pct: number; basis: string; confidence: string }[];
		sources: Source[];
	};
}

/** @param voteIds the ids of data/national-votes.csv, which the chambers refer to */
export function loadChambers(raw: unknown, voteIds: Set<string>): Chambers {
	const file = dataPath(FILES.chambers);
	const { chambers } = parseRecord(fileSchema, raw, file, '(file)');
	const parsed = chambers.map((c, i) => {
		const id = (c as { id?: unknown })?.id;
		return parseRecord(
			chamberSchema,
			c,
			file,
			`chambers[${i}]${typeof id === 'string' ? ` (id "${id}")` : ''}`
		);
	});
	const vote = (record: string, field: string, id: string) => {
		if (!voteIds.has(id))
			throw new DataError(
				file,
				record,
				field,
				`unknown vote "${id}" (not in ${FILES.nationalVotes})`
			);
	};
	const majilis = parsed.find((c) => c.id === 'majilis');
	const kurultai = parsed.find((c) => c.id === 'kurultai');
	if (!majilis) throw new DataError(file, 'chambers', 'id', 'no "majilis" chamber');
	if (!kurultai) throw new DataError(file, 'chambers', 'id', 'no "kurultai" chamber');
	vote('chambers (id "majilis")', 'ended_by', majilis.ended_by);
	vote('chambers (id "kurultai")', 'established_by', kurultai.established_by);
	vote('chambers (id "kurultai")', 'first_election', kurultai.first_election);
	const m = kurultai.seats_by_method;
	const sum = m.party_list_pr + m.single_member_districts + m.assembly_of_people;
	if (sum !== kurultai.seats_total)
		throw new DataError(
			file,
			'chambers (id "kurultai")',
			'seats_by_method',
			`seats by method add up to ${sum}, but seats_total is ${kurultai.seats_total}`
		);
	return {
		majilis: {
			powersEnded: majilis.powers_ended,
			endedBy: majilis.ended_by,
			sources: majilis.sources
		},
		kurultai: {
			establishedBy: kurultai.established_by,
			firstElection: kurultai.first_election,
			seatsTotal: kurultai.seats_total,
			seatsByMethod: {
				list: m.party_list_pr,
				smd: m.single_member_districts,
				assembly: m.assembly_of_people
			},
			allocationMethod: kurultai.allocation_method,
			thresholdClaims: kurultai.threshold_claims,
			sources: kurultai.sources
		}
	};
}
