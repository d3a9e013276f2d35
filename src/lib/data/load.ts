/**
 * Turns the raw files of data/ into a typed, checked Dataset. Pure: the caller passes a reader,
 * so the build reads from disk (src/lib/server/data.ts) and tests read from memory.
 * Every problem throws a DataError naming the file, the record and the field.
 */
import type { Topology, GeometryCollection } from 'topojson-specification';
import { parseCsv, CsvError, type CsvRow } from './csv.ts';
import { loadNationalVotes } from './national-votes.ts';
import { loadChambers } from './chambers.ts';
import { loadVoteTurnout } from './vote-turnout.ts';
import { DataError, parseRecord } from './errors.ts';
import { dataPath as label, FILES } from './files.ts';
import {
	catalogEntrySchema,
	catalogFileSchema,
	districtRowSchema,
	electionSchema,
	electionsFileSchema,
	membershipFileSchema,
	partiesFileSchema,
	partySchema,
	regionChangesFileSchema,
	regionPropsSchema,
	turnoutRowSchema
} from './schema.ts';
import type {
	CatalogEntry,
	Dataset,
	District,
	Election,
	Party,
	Region,
	RegionChanges,
	RegionTurnout,
	SmdView
} from './types.ts';

export interface Reader {
	text(file: string): string;
	size(file: string): number;
}

function json(reader: Reader, file: string): unknown {
	const text = reader.text(file);
	try {
		return JSON.parse(text);
	} catch (e) {
		throw new DataError(
			label(file),
			'(file)',
			'(syntax)',
			`not valid JSON: ${(e as Error).message}`
		);
	}
}

function csv(reader: Reader, file: string): CsvRow[] {
	try {
		return parseCsv(reader.text(file), label(file));
	} catch (e) {
		if (e instanceof CsvError)
			throw new DataError(label(file), `line ${e.line}`, '(syntax)', e.message);
		throw e;
	}
}

function unique<T>(items: T[], key: (t: T) => string, fail: (t: T, index: number) => never) {
	const seen = new Set<string>();
	items.forEach((item, i) => {
		const k = key(item);
		if (seen.has(k)) fail(item, i);
		seen.add(k);
	});
}

function loadParties(reader: Reader): Party[] {
	const file = label(FILES.parties);
	const { parties } = parseRecord(partiesFileSchema, json(reader, FILES.parties), file, '(file)');
	const out = parties.map((raw, i) => {
		const p = parseRecord(partySchema, raw, file, `parties[${i}]`);
		p.lineage.slice(0, -1).forEach((step, j) => {
			if (!step.names)
				throw new DataError(
					file,
					`parties[${i}] (id "${p.id}")`,
					`lineage[${j}].names`,
					`the former name "${step.name}" needs its Kazakh and Russian forms ({ "kk": …, "ru": … })`
				);
		});
		return {
			id: p.id,
			abbr: p.abbr,
			short: p.short,
			names: p.names,
			lineage: p.lineage,
			mergedInto: p.merged_into,
			colour: p.colour
		};
	});
	unique(
		out,
		(p) => p.id,
		(p, i) => {
			throw new DataError(file, `parties[${i}]`, 'id', `duplicate party id "${p.id}"`);
		}
	);
	const ids = new Set(out.map((p) => p.id));
	out.forEach((p, i) => {
		if (p.mergedInto && !ids.has(p.mergedInto))
			throw new DataError(
				file,
				`parties[${i}] (id "${p.id}")`,
				'merged_into',
				`unknown party id "${p.mergedInto}"`
			);
	});
	return out;
}

function loadElections(reader: Reader, partyIds: Set<string>): Election[] {
	const file = label(FILES.elections);
	const { elections } = parseRecord(
		electionsFileSchema,
		json(reader, FILES.elections),
		file,
		'(file)'
	);
	const out = elections.map((raw, i): Election => {
		const rawId = (raw as { id?: unknown })?.id;
		const record = `elections[${i}]${typeof rawId === 'string' ? ` (id "${rawId}")` : ''}`;
		const e = parseRecord(electionSchema, raw, file, record);
		const fail = (field: string, problem: string): never => {
			throw new DataError(file, record, field, problem);
		};
		const m = e.seats_by_method;
		const methodSum = m.party_list_pr + m.single_member_districts + m.assembly_of_people;
		if (methodSum !== e.seats_total)
			fail(
				'seats_by_method',
				`list ${m.party_list_pr} + single-mandate ${m.single_member_districts} + Assembly ${m.assembly_of_people} = ${methodSum}, but seats_total is ${e.seats_total}`
			);
		if (e.date.slice(0, 4) !== e.id) fail('date', `${e.date} is not in ${e.id}`);
		unique(
			e.parties,
			(p) => p.party_id,
			(p, j) => fail(`parties[${j}].party_id`, `party "${p.party_id}" appears twice`)
		);
		const results = e.parties.map((p, j) => {
			if (!partyIds.has(p.party_id))
				fail(
					`parties[${j}].party_id`,
					`unknown party id "${p.party_id}" (not in ${FILES.parties})`
				);
			const assembly = p.party_id === 'apk' ? p.total_seats : 0;
			if (p.list_seats + p.smd_seats + assembly !== p.total_seats)
				fail(
					`parties[${j}].total_seats`,
					`"${p.party_id}": list ${p.list_seats} + single-mandate ${p.smd_seats} is not the total ${p.total_seats}`
				);
			return {
				partyId: p.party_id,
				nameAtElection: p.name_at_election,
				votes: p.votes,
				pct: p.pct,
				listSeats: p.list_seats,
				smdSeats: p.smd_seats,
				assemblySeats: assembly,
				totalSeats: p.total_seats,
				note: p.note
			};
		});
		const sum = (f: (r: (typeof results)[number]) => number) =>
			results.reduce((s, r) => s + f(r), 0);
		if (sum((r) => r.listSeats) !== m.party_list_pr)
			fail(
				'parties',
				`party-list seats add up to ${sum((r) => r.listSeats)}, but seats_by_method.party_list_pr is ${m.party_list_pr}`
			);
		if (sum((r) => r.smdSeats) !== m.single_member_districts)
			fail(
				'parties',
				`single-mandate seats add up to ${sum((r) => r.smdSeats)}, but seats_by_method.single_member_districts is ${m.single_member_districts}`
			);
		if (sum((r) => r.assemblySeats) !== m.assembly_of_people)
			fail(
				'parties',
				`Assembly seats add up to ${sum((r) => r.assemblySeats)}, but seats_by_method.assembly_of_people is ${m.assembly_of_people}`
			);
		if (sum((r) => r.totalSeats) !== e.seats_total)
			fail(
				'parties',
				`party seats add up to ${sum((r) => r.totalSeats)}, but the chamber has ${e.seats_total}`
			);
		const pctSum = sum((r) => r.pct ?? 0) + (e.against_all_pct ?? 0);
		if (pctSum > 100.5)
			fail('parties', `vote shares add up to ${pctSum.toFixed(2)}%, more than 100%`);
		return {
			id: e.id,
			chamber: e.chamber,
			year: Number(e.id),
			date: e.date,
			secondRoundDate: e.second_round_date,
			convocation: e.convocation,
			type: e.type,
			seatsTotal: e.seats_total,
			seatsByMethod: {
				list: m.party_list_pr,
				smd: m.single_member_districts,
				assembly: m.assembly_of_people
			},
			system: e.electoral_system,
			thresholdPct: e.threshold_pct,
			registeredVoters: e.registered_voters,
			ballotsCast: e.ballots_cast,
			turnoutPct: e.turnout_pct,
			turnoutAlternatives: Object.entries(e.turnout_pct_alternatives ?? {}).map(
				([value, note]) => ({ value, note })
			),
			againstAllVotes: e.against_all_votes ?? null,
			againstAllPct: e.against_all_pct ?? null,
			pctBase: e.pct_base,
			convened: e.convened,
			results
		};
	});
	unique(
		out,
		(e) => e.id,
		(e, i) => {
			throw new DataError(file, `elections[${i}]`, 'id', `duplicate election id "${e.id}"`);
		}
	);
	return out.sort((a, b) => a.year - b.year);
}

function loadRegions(reader: Reader): { topology: Topology; regions: Region[] } {
	const file = label(FILES.topology);
	const topo = json(reader, FILES.topology) as Topology;
	const collection = topo?.objects?.regions as GeometryCollection | undefined;
	if (topo?.type !== 'Topology' || collection?.type !== 'GeometryCollection')
		throw new DataError(
			file,
			'(file)',
			'objects.regions',
			'expected a TopoJSON Topology with a "regions" GeometryCollection'
		);
	const regions = collection.geometries.map((g, i): Region => {
		const p = parseRecord(
			regionPropsSchema,
			g.properties,
			file,
			`objects.regions.geometries[${i}]`
		);
		if (g.type !== 'Polygon' && g.type !== 'MultiPolygon')
			throw new DataError(
				file,
				`objects.regions.geometries[${i}] (id "${p.id}")`,
				'type',
				`expected a polygon, found ${g.type}`
			);
		return { id: p.id, names: { en: p.name_en, kk: p.name_kk, ru: p.name_ru }, kind: p.kind };
	});
	unique(
		regions,
		(r) => r.id,
		(r, i) => {
			throw new DataError(
				file,
				`objects.regions.geometries[${i}]`,
				'id',
				`duplicate region id "${r.id}"`
			);
		}
	);
	return { topology: topo, regions };
}

function loadRegionChanges(reader: Reader, regions: Region[]): RegionChanges {
	const file = label(FILES.regionChanges);
	const raw = parseRecord(
		regionChangesFileSchema,
		json(reader, FILES.regionChanges),
		file,
		'(file)'
	);
	const ids = new Set(regions.map((r) => r.id));
	const known = (record: string, field: string, id: string) => {
		if (!ids.has(id))
			throw new DataError(file, record, field, `unknown region "${id}" (not in ${FILES.topology})`);
	};
	raw.splits.forEach((s, i) => {
		known(`splits[${i}]`, 'region', s.region);
		known(`splits[${i}]`, 'from', s.from);
		if (s.region === s.from)
			throw new DataError(file, `splits[${i}]`, 'from', `"${s.region}" cannot split from itself`);
	});
	unique(
		raw.splits,
		(s) => s.region,
		(s, i) => {
			throw new DataError(file, `splits[${i}]`, 'region', `"${s.region}" is split off twice`);
		}
	);
	raw.aliases.forEach((a, i) => {
		known(`aliases[${i}]`, 'region', a.region);
		if (regions.some((r) => r.names.en === a.name))
			throw new DataError(file, `aliases[${i}]`, 'name', `"${a.name}" is already a region's name`);
	});
	unique(
		raw.aliases,
		(a) => a.name,
		(a, i) => {
			throw new DataError(file, `aliases[${i}]`, 'name', `"${a.name}" is listed twice`);
		}
	);
	return {
		splits: raw.splits.map((s) => ({
			regionId: s.region,
			fromId: s.from,
			date: s.date,
			note: s.note
		})),
		aliases: raw.aliases.map((a) => ({ name: a.name, regionId: a.region })),
		sources: raw.sources
	};
}

/** A region's id from its English name, or from a name older rows use for it. */
function regionResolver(regions: Region[], changes: RegionChanges) {
	const byName = new Map([
		...regions.map((r): [string, string] => [r.names.en, r.id]),
		...changes.aliases.map((a): [string, string] => [a.name, a.regionId])
	]);
	return (name: string): string | undefined => byName.get(name);
}

function rowLabel(row: CsvRow, key: string) {
	return `line ${row.line} (${key} "${row.values[key] ?? ''}")`;
}

function loadDistricts(
	reader: Reader,
	partyIds: Set<string>,
	resolve: (n: string) => string | undefined
): District[] {
	const file = label(FILES.districts);
	const out = csv(reader, FILES.districts).map((row): District => {
		const record = rowLabel(row, 'district_no');
		const d = parseRecord(districtRowSchema, row.values, file, record);
		const regionId = d.region ? resolve(d.region) : undefined;
		if (d.region && !regionId)
			throw new DataError(file, record, 'region', `unknown region "${d.region}"`);
		for (const field of ['winner_party_id', 'runner_up_party'] as const) {
			if (d[field] && !partyIds.has(d[field]))
				throw new DataError(file, record, field, `unknown party id "${d[field]}"`);
		}
		if (d.winner && !d.winner_party_id)
			throw new DataError(file, record, 'winner_party_id', 'a winner without a party id');
		const text = (s: string) => (s.trim() === '' ? null : s);
		return {
			no: d.district_no,
			area: text(d.area),
			region: text(d.region),
			regionId: regionId ?? null,
			regionType: d.region_type === '' ? null : d.region_type,
			winner: text(d.winner),
			winnerPartyId: text(d.winner_party_id),
			nomination: text(d.nomination),
			winnerVoteSharePct: d.winner_vote_share_pct,
			electorate: d.electorate_2023,
			source: text(d.source),
			partyMembership: text(d.party_membership),
			runnerUp: text(d.runner_up),
			turnoutPct: d.turnout_pct
		};
	});
	unique(
		out,
		(d) => String(d.no),
		(d) => {
			throw new DataError(
				file,
				`district_no ${d.no}`,
				'district_no',
				`district ${d.no} appears twice`
			);
		}
	);
	return out.sort((a, b) => a.no - b.no);
}

function loadTurnout(
	reader: Reader,
	electionIds: Set<string>,
	resolve: (n: string) => string | undefined
): RegionTurnout[] {
	const file = label(FILES.turnout);
	const out = csv(reader, FILES.turnout).map((row): RegionTurnout => {
		const record = `line ${row.line} (${row.values.election ?? ''} ${row.values.region ?? ''})`;
		const t = parseRecord(turnoutRowSchema, row.values, file, record);
		if (!electionIds.has(t.election))
			throw new DataError(file, record, 'election', `unknown election "${t.election}"`);
		const regionId = t.region_type === 'country' ? null : resolve(t.region);
		if (regionId === undefined)
			throw new DataError(file, record, 'region', `unknown region "${t.region}"`);
		return {
			election: t.election,
			region: t.region,
			regionId,
			regionType: t.region_type,
			turnoutPct: t.turnout_pct,
			registered: t.registered,
			voted: t.voted,
			status: t.status,
			source: t.source,
			note: t.note
		};
	});
	unique(
		out,
		(t) => `${t.election}/${t.regionId ?? 'national'}`,
		(t) => {
			throw new DataError(
				file,
				`${t.election} ${t.region}`,
				'region',
				`region appears twice in ${t.election}`
			);
		}
	);
	return out;
}

/** A region split off at a date has no turnout of its own in an election before that date. */
function checkSplits(
	turnout: RegionTurnout[],
	elections: Election[],
	changes: RegionChanges,
	regions: Region[]
) {
	const dateOf = new Map(elections.map((e) => [e.id, e.date]));
	for (const s of changes.splits) {
		const early = turnout.find(
			(t) => t.regionId === s.regionId && (dateOf.get(t.election) ?? '') < s.date
		);
		if (early) {
			const name = regions.find((r) => r.id === s.regionId)?.names.en ?? s.regionId;
			throw new DataError(
				label(FILES.turnout),
				`${early.election} ${early.region}`,
				'region',
				`${name} was created on ${s.date} (${FILES.regionChanges}), after this election`
			);
		}
	}
}

function loadSmdViews(reader: Reader, elections: Election[], partyIds: Set<string>) {
	const file = label(FILES.membership);
	const m = parseRecord(membershipFileSchema, json(reader, FILES.membership), file, '(file)');
	const election = elections.find((e) => e.id === m.election);
	if (!election)
		throw new DataError(file, '(file)', 'election', `unknown election "${m.election}"`);
	for (const id of Object.keys(m.smd_seats_by_membership)) {
		if (!partyIds.has(id))
			throw new DataError(
				file,
				'(file)',
				`smd_seats_by_membership.${id}`,
				`unknown party id "${id}"`
			);
	}
	const total = Object.values(m.smd_seats_by_membership).reduce((a, b) => a + b, 0);
	if (total !== election.seatsByMethod.smd)
		throw new DataError(
			file,
			'(file)',
			'smd_seats_by_membership',
			`adds up to ${total}, but ${m.election} had ${election.seatsByMethod.smd} single-mandate seats`
		);
	const nomination: SmdView = {
		id: 'nomination',
		smdSeats: Object.fromEntries(
			election.results.filter((r) => r.smdSeats > 0).map((r) => [r.partyId, r.smdSeats])
		),
		sources: m.nomination_sources,
		note: 'Counted by nomination, as the Central Election Commission counts: who put the winner forward.'
	};
	const membership: SmdView = {
		id: 'membership',
		smdSeats: m.smd_seats_by_membership,
		sources: m.sources,
		note: m.caveat
	};
	return { nomination, membership };
}

function loadCatalog(reader: Reader): CatalogEntry[] {
	const file = label(FILES.catalog);
	const { datasets } = parseRecord(catalogFileSchema, json(reader, FILES.catalog), file, '(file)');
	const out = datasets.map((raw, i) => {
		const c = parseRecord(catalogEntrySchema, raw, file, `datasets[${i}]`);
		let bytes: number;
		try {
			bytes = reader.size(c.file);
		} catch {
			throw new DataError(file, `datasets[${i}]`, 'file', `"${c.file}" does not exist in data/`);
		}
		return {
			file: c.file,
			title: c.title,
			format: c.format,
			description: c.description,
			licence: c.licence,
			licenceUrl: c.licence_url,
			attribution: c.attribution,
			sources: c.sources,
			gaps: c.gaps,
			bytes
		};
	});
	unique(
		out,
		(c) => c.file,
		(c, i) => {
			throw new DataError(file, `datasets[${i}]`, 'file', `"${c.file}" is listed twice`);
		}
	);
	return out;
}

export function loadDataset(reader: Reader): Dataset {
	const parties = loadParties(reader);
	const partyIds = new Set(parties.map((p) => p.id));
	const elections = loadElections(reader, partyIds);
	const { topology, regions } = loadRegions(reader);
	const regionChanges = loadRegionChanges(reader, regions);
	const resolve = regionResolver(regions, regionChanges);
	const districts = loadDistricts(reader, partyIds, resolve);
	const e2023 = elections.find((e) => e.id === '2023');
	if (e2023 && districts.length !== e2023.seatsByMethod.smd)
		throw new DataError(
			label(FILES.districts),
			'(file)',
			'district_no',
			`${districts.length} districts, but 2023 had ${e2023.seatsByMethod.smd} single-mandate seats`
		);
	const turnout = loadTurnout(reader, new Set(elections.map((e) => e.id)), resolve);
	checkSplits(turnout, elections, regionChanges, regions);
	const nationalVotes = loadNationalVotes(csv(reader, FILES.nationalVotes), elections);
	return {
		parties,
		elections,
		regions,
		regionChanges,
		topology,
		districts,
		turnout,
		smdViews2023: loadSmdViews(reader, elections, partyIds),
		nationalVotes,
		chambers: loadChambers(json(reader, FILES.chambers), new Set(nationalVotes.map((v) => v.id))),
		voteTurnout: loadVoteTurnout(
			csv(reader, FILES.voteTurnout),
			nationalVotes,
			regions,
			regionChanges
		),
		catalog: loadCatalog(reader)
	};
}
