/**
 * Valibot schemas for the raw files in data/. They describe the files as they are written
 * (snake_case, nulls for missing values); load.ts turns them into the typed model in types.ts.
 */
import * as v from 'valibot';

export const count = v.pipe(
	v.number('expected a number'),
	v.integer('expected a whole number'),
	v.minValue(0, 'expected 0 or more')
);
export const percent = v.pipe(
	v.number('expected a number'),
	v.minValue(0, 'expected a percentage from 0 to 100'),
	v.maxValue(100, 'expected a percentage from 0 to 100')
);
/** The chambers an election can fill (see chambers.ts). */
export const CHAMBER_KINDS = ['supreme-council', 'majilis', 'kurultai'] as const;

export const isoDate = v.pipe(v.string(), v.isoDate('expected a date as YYYY-MM-DD'));
const id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/, 'expected a lower-case id'));
const regionId = v.pipe(v.string(), v.regex(/^KZ-\d{2}$/, 'expected an ISO 3166-2:KZ code'));

export const partyResultSchema = v.looseObject({
	party_id: id,
	name_at_election: v.pipe(v.string(), v.nonEmpty('expected a name')),
	votes: v.nullable(count),
	pct: v.nullable(percent),
	list_seats: count,
	smd_seats: count,
	total_seats: count,
	note: v.optional(v.string())
});

export const electionSchema = v.looseObject({
	id: v.pipe(v.string(), v.regex(/^\d{4}$/, 'expected a year as the id')),
	chamber: v.picklist(CHAMBER_KINDS, 'expected "supreme-council", "majilis" or "kurultai"'),
	date: isoDate,
	second_round_date: v.optional(isoDate),
	convocation: v.pipe(count, v.minValue(1, 'expected 1 or more')),
	type: v.picklist(['regular', 'snap'], 'expected "regular" or "snap"'),
	seats_total: v.pipe(count, v.minValue(1, 'expected 1 or more')),
	seats_by_method: v.object({
		party_list_pr: count,
		single_member_districts: count,
		assembly_of_people: count
	}),
	electoral_system: v.string(),
	threshold_pct: percent,
	registered_voters: v.nullable(count),
	ballots_cast: v.nullable(count),
	turnout_pct: v.nullable(percent),
	turnout_pct_alternatives: v.optional(v.record(v.string(), v.string())),
	against_all_votes: v.optional(v.nullable(count)),
	against_all_pct: v.optional(v.nullable(percent)),
	pct_base: v.string(),
	convened: v.optional(isoDate),
	parties: v.pipe(v.array(partyResultSchema), v.minLength(1, 'expected at least one party'))
});

export const electionsFileSchema = v.looseObject({
	title: v.string(),
	elections: v.array(v.unknown())
});

const name = (message: string) => v.pipe(v.string(message), v.nonEmpty(message));

export const partySchema = v.looseObject({
	id,
	abbr: v.nullable(v.string()),
	short: v.object(
		{
			en: name('expected a short English name'),
			kk: name('expected a short Kazakh name'),
			ru: name('expected a short Russian name')
		},
		'expected short names: { "en": …, "kk": …, "ru": … }'
	),
	names: v.object({
		en: name('expected an English name'),
		kk: v.nullable(v.string()),
		ru: v.nullable(v.string())
	}),
	lineage: v.array(
		v.looseObject({
			name: name('expected a name'),
			names: v.optional(
				v.object(
					{
						kk: name('expected the Kazakh name'),
						ru: name('expected the Russian name')
					},
					'expected the former name in Kazakh and Russian: { "kk": …, "ru": … }'
				)
			),
			from: v.optional(v.nullable(v.string())),
			to: v.optional(v.string()),
			note: v.optional(v.string())
		})
	),
	merged_into: v.optional(id),
	colour: v.pipe(v.string(), v.regex(/^#[0-9A-Fa-f]{6}$/, 'expected a colour as #RRGGBB')),
	colour_source: v.string()
});

export const partiesFileSchema = v.looseObject({ parties: v.array(v.unknown()) });

const optionalText = v.string();
export const optionalNumber = (schema: v.GenericSchema<number, number>) =>
	v.pipe(
		v.string(),
		v.transform((s) => (s.trim() === '' ? null : Number(s))),
		v.nullable(schema)
	);

export const districtRowSchema = v.object({
	district_no: v.pipe(
		v.string(),
		v.regex(/^\d+$/, 'expected a district number'),
		v.transform(Number)
	),
	area: optionalText,
	region: optionalText,
	region_type: v.picklist(['', 'region', 'city'], 'expected "region", "city" or empty'),
	winner: optionalText,
	winner_party_id: v.union([v.literal(''), id], 'expected a party id or empty'),
	nomination: optionalText,
	winner_vote_share_pct: optionalNumber(percent),
	electorate_2023: optionalNumber(count),
	source: optionalText,
	winner_name_ru: optionalText,
	party_membership: optionalText,
	winner_votes: optionalNumber(count),
	runner_up: optionalText,
	runner_up_party: v.union([v.literal(''), id], 'expected a party id or empty'),
	turnout_pct: optionalNumber(percent)
});

export const turnoutRowSchema = v.object({
	election: v.pipe(v.string(), v.regex(/^\d{4}$/, 'expected a year')),
	region: v.pipe(v.string(), v.nonEmpty('expected a region name')),
	region_type: v.picklist(['country', 'region', 'city'], 'expected "country", "region" or "city"'),
	turnout_pct: optionalNumber(percent),
	registered: optionalNumber(count),
	voted: optionalNumber(count),
	status: v.string(),
	source: v.pipe(v.string(), v.nonEmpty('expected a source')),
	note: v.string()
});

export const sourceSchema = v.object({
	title: v.pipe(v.string(), v.nonEmpty()),
	publisher: v.pipe(v.string(), v.nonEmpty()),
	date: v.optional(v.string()),
	url: v.optional(v.pipe(v.string(), v.url('expected a URL')))
});

export const membershipFileSchema = v.object({
	election: v.pipe(v.string(), v.regex(/^\d{4}$/)),
	description: v.string(),
	smd_seats_by_membership: v.record(id, count),
	list_seats_from: v.string(),
	sources: v.pipe(v.array(sourceSchema), v.minLength(1, 'expected at least one source')),
	nomination_sources: v.pipe(v.array(sourceSchema), v.minLength(1, 'expected at least one source')),
	caveat: v.string()
});

export const catalogEntrySchema = v.object({
	file: v.pipe(
		v.string(),
		v.regex(/^[A-Za-z0-9][A-Za-z0-9./-]*$/, 'expected a relative file name')
	),
	title: v.pipe(v.string(), v.nonEmpty()),
	format: v.picklist(['JSON', 'CSV', 'TopoJSON', 'Markdown']),
	description: v.string(),
	licence: v.string(),
	licence_url: v.optional(v.pipe(v.string(), v.url())),
	attribution: v.optional(v.string()),
	sources: v.array(sourceSchema),
	gaps: v.array(v.string())
});

export const catalogFileSchema = v.object({ datasets: v.array(v.unknown()) });

export const regionPropsSchema = v.object({
	id: regionId,
	name_en: v.pipe(v.string(), v.nonEmpty()),
	name_kk: v.pipe(v.string(), v.nonEmpty()),
	name_ru: v.pipe(v.string(), v.nonEmpty()),
	kind: v.picklist(['region', 'city'])
});

export const regionChangesFileSchema = v.object({
	description: v.string(),
	splits: v.array(
		v.object({
			region: regionId,
			from: regionId,
			date: isoDate,
			note: v.string()
		})
	),
	aliases: v.array(
		v.object({
			name: v.pipe(v.string(), v.nonEmpty('expected a name')),
			region: regionId,
			note: v.string()
		})
	),
	sources: v.pipe(v.array(sourceSchema), v.minLength(1, 'expected at least one source'))
});
