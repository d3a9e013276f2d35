import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { compareModel } from '$lib/pages/compare';
import { chartFiles, comparison, describeSystem, formerNote, election } from './model';

const model = compareModel(realDataset());
const seatsOf = (c: ReturnType<typeof comparison>, side: 'a' | 'b', party: string) =>
	c[side].hemicycle.data.parties.find((p) => p.id === party)?.seats.length ?? 0;

describe('the default comparison, 2021 and 2023', () => {
	const c = comparison(model, { a: '2021', b: '2023' });

	it('draws 107 and 98 seats with majorities of 54 and 50', () => {
		const count = (side: 'a' | 'b') =>
			c[side].hemicycle.data.parties.reduce((n, p) => n + p.seats.length, 0);
		expect(count('a')).toBe(107);
		expect(count('b')).toBe(98);
		expect(c.a.hemicycle.data.majority).toBe(54);
		expect(c.b.hemicycle.data.majority).toBe(50);
		expect(c.a.hemicycle.meta.id).toBe('hemicycle-a');
		expect(c.b.hemicycle.meta.id).toBe('hemicycle-b');
	});

	it('counts Amanat 76 then 63 (by membership), with 62 by nomination beside it', () => {
		expect(seatsOf(c, 'a', 'amanat')).toBe(76);
		expect(seatsOf(c, 'b', 'amanat')).toBe(63);
		expect(c.b.election.alternative?.seats).toEqual({ amanat: 62, independents: 7 });
		expect(c.a.election.alternative).toBeNull();
	});

	it('names parties as they were called: Nur Otan (now Amanat) in 2021', () => {
		expect(c.a.nameThen('amanat')).toBe('Nur Otan (now Amanat)');
		expect(c.b.nameThen('amanat')).toBe('Amanat');
		expect(c.a.hemicycle.data.legend.map((l) => l.label)).toContain('Nur Otan (now Amanat) 76');
	});

	it('charts Amanat −13 seats and −6.7 points, the Assembly and the self-nominated apart', () => {
		const amanat = c.rows.find((r) => r.id === 'amanat')!;
		expect(amanat).toMatchObject({ change: -13, shareChange: -6.7, note: 'then Nur Otan' });
		expect(c.rows[0]!.id).toBe('amanat');
		expect(c.rows.slice(-2).map((r) => [r.id, r.kind, r.change])).toEqual([
			['apk', 'assembly', -9],
			['independents', 'self', 6]
		]);
		expect(c.seatChange.data.heading).toBe('Chamber: 107 seats in 2021 → 98 in 2023 (−9)');
	});

	it('sums up the comparison from the data', () => {
		expect(c.summary).toEqual([
			'Amanat (then Nur Otan) fell from 76 of 107 seats (71.0%) in 2021 to 63 of 98 (64.3%; 62 counted by nomination) in 2023, keeping its majority (50 of 98 needed).',
			'The chamber shrank from 107 to 98 seats: 98 by party list and 9 chosen by the Assembly of the People in 2021; 69 by party list and 29 in single-mandate districts in 2023.',
			'Turnout: 63.25% in 2021, 54.21% in 2023.',
			'Seats in 2023 but not in 2021: Auyl 8, Respublica 6, NSDP 4 and Self-nominated 6.',
			'Seats in 2021 but not in 2023: Assembly of the People 9.',
			"In both: Ak Zhol 12 → 6 (−6) and People's Party 10 → 5 (−5)."
		]);
	});

	it('offers the default files under their contract ids', () => {
		expect(chartFiles(c.pair)).toEqual({
			a: 'hemicycle-a',
			b: 'hemicycle-b',
			seatChange: 'seat-change'
		});
	});
});

describe('other pairs', () => {
	it('2016 to 2023: Nur Otan 84 → Amanat 63, and the Communist People’s Party renamed', () => {
		const c = comparison(model, { a: '2016', b: '2023' });
		expect(seatsOf(c, 'a', 'amanat')).toBe(84);
		expect(c.rows.find((r) => r.id === 'amanat')).toMatchObject({
			seatsA: 84,
			seatsB: 63,
			change: -21
		});
		expect(c.rows.find((r) => r.id === 'ppk')?.note).toBe(
			"then Communist People's Party of Kazakhstan"
		);
		expect(c.a.nameThen('ppk')).toBe("Communist People's Party of Kazakhstan (now People's Party)");
		expect(c.summary[0]).toMatch(/^Amanat \(then Nur Otan\) fell from 84 of 107 seats \(78\.5%\)/);
		expect(chartFiles(c.pair)).toEqual({
			a: 'chamber-2016',
			b: 'chamber-2023',
			seatChange: 'seat-change-2016-2023'
		});
	});

	it('2004 to 2007: a 77-seat mixed chamber, the merged parties and the new Assembly seats', () => {
		const c = comparison(model, { a: '2004', b: '2007' });
		expect(c.a.hemicycle.data.total).toBe(77);
		expect(c.a.hemicycle.data.majority).toBe(39);
		expect(c.rows.find((r) => r.id === 'asar')?.note).toBe('merged into Otan (now Amanat) in 2006');
		// Adilet was dissolved in 2013: it is "later", not "now", Adilet.
		expect(c.a.nameThen('adilet')).toBe('Democratic Party (later Adilet)');
		expect(c.a.nameThen('amanat')).toBe('Otan (now Amanat)');
		expect(c.rows.find((r) => r.id === 'amanat')?.note).toBe('Otan in 2004; Nur Otan in 2007');
		expect(c.summary[0]).toBe(
			'Amanat (Otan in 2004; Nur Otan in 2007) rose from 42 of 77 seats (54.5%) in 2004 to 98 of 107 (91.6%) in 2007, keeping its majority (54 of 107 needed).'
		);
		expect(c.summary[1]).toBe(
			'The chamber grew from 77 to 107 seats: 10 by party list and 67 in single-mandate districts in 2004; 98 by party list and 9 chosen by the Assembly of the People in 2007.'
		);
	});

	it('works backwards in time too (2023 to 2021)', () => {
		const c = comparison(model, { a: '2023', b: '2021' });
		expect(c.rows.find((r) => r.id === 'amanat')).toMatchObject({
			change: 13,
			note: 'Nur Otan in 2021'
		});
		expect(c.summary[0]).toMatch(/^Amanat \(Nur Otan in 2021\) rose from 63 of 98/);
	});

	it('says when nothing changed', () => {
		const c = comparison(model, { a: '2012', b: '2016' });
		expect(c.summary[1]).toBe(
			'Both chambers had 107 seats, 98 by party list and 9 chosen by the Assembly of the People.'
		);
		expect(c.summary.at(-1)).toContain('Assembly of the People 9 → 9 (unchanged)');
		expect(formerNote(model, 'amanat', election(model, '2012'), election(model, '2016'))).toBe(
			'Nur Otan in 2012 and 2016'
		);
	});

	it('describes each system in words', () => {
		expect(describeSystem({ list: 69, smd: 29, assembly: 0 })).toBe(
			'69 by party list and 29 in single-mandate districts'
		);
		expect(describeSystem({ list: 98, smd: 0, assembly: 9 })).toBe(
			'98 by party list and 9 chosen by the Assembly of the People'
		);
	});

	it('says so when a turnout is missing, and never writes it as zero', () => {
		const gap = {
			...model,
			elections: model.elections.map((e) => (e.id === '2016' ? { ...e, turnoutPct: null } : e))
		};
		expect(comparison(gap, { a: '2016', b: '2023' }).summary).toContain(
			'Turnout: not in the data in 2016, 54.21% in 2023.'
		);
	});

	it('refuses an election the model does not have', () => {
		expect(() => comparison(model, { a: '1999', b: '2023' })).toThrow(/1999/);
	});
});
