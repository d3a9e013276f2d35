import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { simulatorInput } from '$lib/pages/simulate';
import { electedSettings, findElection, simulate, type Settings } from './model';
import { chamberPhrase, explain, joinList } from './explain';

const input = simulatorInput(realDataset());
const say = (election: string, patch: Partial<Settings> = {}) =>
	explain(simulate(input, { ...electedSettings(findElection(input, election)!), ...patch }));

describe('explain', () => {
	it('says when the rules are the election’s own and give the seats as elected', () => {
		expect(say('2023')).toBe(
			'These are the rules of the 2023 election (a 5% threshold, largest remainders with the Hare quota, 69 list and 29 single-mandate seats), and they give exactly the seats as elected. Amanat holds a majority with 63 of 98 seats (50 needed).'
		);
		expect(say('2021')).toMatch(/98 list and 9 Assembly seats\), and they give exactly the seats/);
		expect(say('2021')).toMatch(/Nur Otan holds a majority with 76 of 107 seats \(54 needed\)\.$/);
	});

	it('at 7% names who stays out, with their vote shares, and where their seats go', () => {
		expect(say('2023', { thresholdPct: 7 })).toBe(
			"With a 7% threshold, the People's Party (6.80%) and NSDP (5.20%) stay out, and their 9 seats go to Amanat (+6), Auyl (+1), Respublica (+1) and Ak Zhol (+1). Amanat holds a majority with 69 of 98 seats (50 needed; 63 as elected)."
		);
	});

	it('names who gets in and whose seats it takes', () => {
		expect(say('2023', { thresholdPct: 2 })).toMatch(
			/^With a 2% threshold, Baytaq \(2\.30%\) gets in, taking 1 seat from Amanat \(−1\)\./
		);
		expect(say('2021', { thresholdPct: 5 })).toMatch(
			/^With a 5% threshold, Auyl \(5\.29%\) gets in, taking 6 seats from Nur Otan \(−4\), Ak Zhol \(−1\) and the People's Party \(−1\)\./
		);
	});

	it('describes a change of method as seats moving between parties', () => {
		expect(say('2023', { method: 'dhondt' })).toMatch(
			/^With D'Hondt's divisors, 1 seat moves from NSDP \(−1\) to Amanat \(\+1\)\./
		);
	});

	it('describes a change of chamber, including its size', () => {
		const text = say('2023', { design: 'assembly' });
		expect(text).toMatch(/^With 98 list seats plus 9 chosen by the Assembly of the People, /);
		expect(text).toContain('the Assembly of the People (+9)');
		expect(text).toContain('the self-nominated (−6)');
		expect(text).toContain('The chamber has 107 seats instead of 98.');
		expect(text).toMatch(
			/Amanat holds a majority with 56 of 107 seats \(54 needed; 63 as elected\)\.$/
		);
	});

	it('says so when different rules change nothing, and when one party takes every list seat', () => {
		expect(say('2016', { thresholdPct: 5 })).toMatch(
			/^With a 5% threshold, every party keeps the seats it won\./
		);
		expect(say('2016', { thresholdPct: 7.2 })).toContain(
			'Only Nur Otan passes the threshold and takes every list seat.'
		);
	});
});

describe('phrases', () => {
	it('joins lists and names chambers', () => {
		expect([[], ['a'], ['a', 'b'], ['a', 'b', 'c']].map(joinList)).toEqual([
			'',
			'a',
			'a and b',
			'a, b and c'
		]);
		expect(chamberPhrase({ list: 69, smd: 29, assembly: 0 })).toBe(
			'69 list and 29 single-mandate seats'
		);
		expect(chamberPhrase({ list: 98, smd: 0, assembly: 0 })).toBe('98 list seats');
	});
});
