import { describe, expect, it } from 'vitest';
import { loadDataset } from './load';
import { DataError } from './errors';
import { reader, realText, withJson } from './fixtures';
import { dataPath, FILES } from './files';

const { elections: ELECTIONS, districts: DISTRICTS, turnout: TURNOUT } = FILES;

/** Runs the loader and returns the DataError it throws, failing the test if it does not. */
function failure(run: () => unknown): DataError {
	try {
		run();
	} catch (e) {
		if (e instanceof DataError) return e;
		throw e;
	}
	throw new Error('expected the loader to refuse the data');
}

describe('loadDataset on the real data', () => {
	const data = loadDataset(reader());

	it('reads every file', () => {
		expect(data.elections.map((e) => e.id)).toEqual([
			'2004',
			'2007',
			'2012',
			'2016',
			'2021',
			'2023'
		]);
		expect(data.districts).toHaveLength(29);
		expect(data.regions).toHaveLength(20);
		expect(
			data.regions
				.filter((r) => r.kind === 'city')
				.map((r) => r.id)
				.sort()
		).toEqual(['KZ-71', 'KZ-75', 'KZ-79']);
		expect(data.turnout.filter((t) => t.election === '2023' && t.regionId)).toHaveLength(20);
		expect(data.catalog.every((c) => c.bytes > 0)).toBe(true);
	});

	it('maps the 2021 name of Astana to its ISO code', () => {
		const astana2021 = data.turnout.find(
			(t) => t.election === '2021' && t.region.startsWith('Astana')
		);
		expect(astana2021?.regionId).toBe('KZ-71');
	});

	it('keeps missing values missing', () => {
		const d4 = data.districts.find((d) => d.no === 4);
		expect(d4?.winner).toBeNull();
		expect(d4?.turnoutPct).toBeNull();
		const d13 = data.districts.find((d) => d.no === 13);
		expect(d13?.region).toBeNull();
		expect(d13?.regionId).toBeNull();
	});
});

describe('loadDataset refuses bad data, naming file, record and field', () => {
	it('a party-list seat sum that does not match the chamber', () => {
		const e = failure(() =>
			loadDataset(withJson(ELECTIONS, (doc) => (doc.elections[0].parties[1].list_seats = 9)))
		);
		expect(e.file).toBe(dataPath(ELECTIONS));
		expect(e.record).toBe('elections[0] (id "2023")');
		expect(e.field).toBe('parties[1].total_seats');
	});

	it('party seats that do not add up to the chamber size', () => {
		const e = failure(() =>
			loadDataset(
				withJson(ELECTIONS, (doc) => {
					const p = doc.elections[1].parties[0];
					p.list_seats += 1;
					p.total_seats += 1;
					doc.elections[1].seats_by_method.party_list_pr += 1;
				})
			)
		);
		expect(e.record).toBe('elections[1] (id "2021")');
		expect(e.field).toBe('seats_by_method');
		expect(e.message).toMatch(/= 108, but seats_total is 107/);
	});

	it('an unknown party id', () => {
		const e = failure(() =>
			loadDataset(
				withJson(ELECTIONS, (doc) => (doc.elections[0].parties[2].party_id = 'respublika'))
			)
		);
		expect(e.field).toBe('parties[2].party_id');
		expect(e.problem).toMatch(/unknown party id "respublika"/);
	});

	it('a percentage out of range', () => {
		const e = failure(() =>
			loadDataset(withJson(ELECTIONS, (doc) => (doc.elections[0].turnout_pct = 154.21)))
		);
		expect(e.record).toBe('elections[0] (id "2023")');
		expect(e.field).toBe('turnout_pct');
		expect(e.message).toContain('154.21');
	});

	it('a wrong type', () => {
		const e = failure(() =>
			loadDataset(withJson(ELECTIONS, (doc) => (doc.elections[0].parties[0].votes = '3431510')))
		);
		expect(e.field).toBe('parties[0].votes');
	});

	it('a duplicate election id and a duplicate party within an election', () => {
		expect(
			failure(() => loadDataset(withJson(ELECTIONS, (doc) => (doc.elections[1].id = '2023'))))
		).toMatchObject({
			field: 'date'
		});
		const dup = failure(() =>
			loadDataset(
				withJson(ELECTIONS, (doc) => {
					doc.elections.push({ ...doc.elections[0] });
				})
			)
		);
		expect(dup.field).toBe('id');
		expect(dup.problem).toMatch(/duplicate election id "2023"/);
		const party = failure(() =>
			loadDataset(
				withJson(ELECTIONS, (doc) =>
					doc.elections[0].parties.push({ ...doc.elections[0].parties[6] })
				)
			)
		);
		expect(party.field).toBe('parties[8].party_id');
	});

	it('a duplicate party id', () => {
		const e = failure(() =>
			loadDataset(withJson(FILES.parties, (doc) => doc.parties.push({ ...doc.parties[0] })))
		);
		expect(e.file).toBe(dataPath(FILES.parties));
		expect(e.problem).toMatch(/duplicate party id "ppk"/);
	});

	it('a party without a short Kazakh name, or with a colour that is not #RRGGBB', () => {
		const kk = failure(() =>
			loadDataset(withJson(FILES.parties, (doc) => delete doc.parties[4].short.kk))
		);
		expect(kk).toMatchObject({
			file: dataPath(FILES.parties),
			record: 'parties[4]',
			field: 'short.kk'
		});
		expect(kk.problem).toMatch(/expected short names: \{ "en": …, "kk": …, "ru": … \}/);
		const empty = failure(() =>
			loadDataset(withJson(FILES.parties, (doc) => (doc.parties[0].short.ru = '')))
		);
		expect(empty).toMatchObject({ record: 'parties[0]', field: 'short.ru' });
		expect(empty.problem).toMatch(/expected a short Russian name/);
		const colour = failure(() =>
			loadDataset(withJson(FILES.parties, (doc) => (doc.parties[1].colour = 'orange')))
		);
		expect(colour).toMatchObject({ record: 'parties[1]', field: 'colour' });
		expect(colour.problem).toMatch(/expected a colour as #RRGGBB \(found "orange"\)/);
	});

	it('a former party name without its Kazakh or Russian form', () => {
		const step = failure(() =>
			loadDataset(withJson(FILES.parties, (doc) => delete doc.parties[4].lineage[1].names))
		);
		expect(step).toMatchObject({
			file: dataPath(FILES.parties),
			record: 'parties[4] (id "amanat")',
			field: 'lineage[1].names'
		});
		expect(step.problem).toMatch(/"Nur Otan" needs its Kazakh and Russian forms/);
		const ru = failure(() =>
			loadDataset(withJson(FILES.parties, (doc) => delete doc.parties[4].lineage[0].names.ru))
		);
		expect(ru).toMatchObject({ record: 'parties[4]', field: 'lineage[0].names.ru' });
	});

	it('a district with an unknown region or party, or a duplicate number', () => {
		const csv = realText(DISTRICTS);
		const region = failure(() =>
			loadDataset(reader({ [DISTRICTS]: csv.replace('9,,Akmola Region,', '9,,Akmola Oblast,') }))
		);
		expect(region).toMatchObject({
			file: dataPath(DISTRICTS),
			record: 'line 10 (district_no "9")',
			field: 'region'
		});
		const party = failure(() =>
			loadDataset(
				reader({
					[DISTRICTS]: csv.replace('Ermurat Bapi,independents', 'Ermurat Bapi,independent')
				})
			)
		);
		expect(party).toMatchObject({ record: 'line 4 (district_no "3")', field: 'winner_party_id' });
		const dup = failure(() => loadDataset(reader({ [DISTRICTS]: csv.replace('\n14,', '\n13,') })));
		expect(dup.problem).toMatch(/district 13 appears twice/);
	});

	it('a turnout row out of range or for an unknown region', () => {
		const csv = realText(TURNOUT);
		const pct = failure(() =>
			loadDataset(
				reader({ [TURNOUT]: csv.replace('2023,Almaty,city,25.82', '2023,Almaty,city,125.82') })
			)
		);
		expect(pct).toMatchObject({ file: dataPath(TURNOUT), field: 'turnout_pct' });
		expect(pct.record).toMatch(/^line \d+ \(2023 Almaty\)$/);
		const region = failure(() =>
			loadDataset(reader({ [TURNOUT]: csv.replace('2023,Ulytau Region', '2023,Ulytau') }))
		);
		expect(region).toMatchObject({ field: 'region' });
	});

	it('a membership count that does not add up to the 29 single-mandate seats', () => {
		const e = failure(() =>
			loadDataset(withJson(FILES.membership, (doc) => (doc.smd_seats_by_membership.amanat = 24)))
		);
		expect(e).toMatchObject({
			file: dataPath(FILES.membership),
			field: 'smd_seats_by_membership'
		});
	});

	it('a region change naming an unknown region, or a split region voting before it existed', () => {
		const split = failure(() =>
			loadDataset(withJson(FILES.regionChanges, (doc) => (doc.splits[2].from = 'KZ-99')))
		);
		expect(split).toMatchObject({
			file: dataPath(FILES.regionChanges),
			record: 'splits[2]',
			field: 'from'
		});
		expect(split.problem).toMatch(/unknown region "KZ-99"/);
		const code = failure(() =>
			loadDataset(withJson(FILES.regionChanges, (doc) => (doc.splits[0].region = 'Abai')))
		);
		expect(code).toMatchObject({ record: '(file)', field: 'splits[0].region' });
		expect(code.problem).toMatch(/expected an ISO 3166-2:KZ code/);
		const alias = failure(() =>
			loadDataset(withJson(FILES.regionChanges, (doc) => (doc.aliases[0].region = 'KZ-98')))
		);
		expect(alias).toMatchObject({ record: 'aliases[0]', field: 'region' });
		const early = failure(() =>
			loadDataset(
				reader({
					[TURNOUT]: realText(TURNOUT).replace('2021,East Kazakhstan Region,', '2021,Abai Region,')
				})
			)
		);
		expect(early).toMatchObject({
			file: dataPath(TURNOUT),
			record: '2021 Abai Region',
			field: 'region'
		});
		expect(early.problem).toMatch(/Abai Region was created on 2022-06-08/);
	});

	it('a malformed file', () => {
		const e = failure(() => loadDataset(reader({ [ELECTIONS]: '{"title": ' })));
		expect(e.file).toBe(dataPath(ELECTIONS));
		expect(e.problem).toMatch(/not valid JSON/);
	});
});
