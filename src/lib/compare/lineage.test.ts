import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { shortName } from '$lib/parties/style';
import type { Party } from '$lib/data/types';
import { formerName, mergerNote } from './lineage';

const data = realDataset();
const party = (id: string) => data.parties.find((p) => p.id === id)!;

/** The former name of a party at every election it stood in, as the data gives it. */
function formerNames(id: string): Record<string, string | null> {
	return Object.fromEntries(
		data.elections.flatMap((e) => {
			const r = e.results.find((x) => x.partyId === id);
			return r ? [[e.id, formerName(party(id), e.date, r.nameAtElection, shortName(id))]] : [];
		})
	);
}

describe('formerName', () => {
	it('follows Otan → Nur Otan → Amanat', () => {
		expect(formerNames('amanat')).toEqual({
			'2004': 'Otan',
			'2007': 'Nur Otan',
			'2012': 'Nur Otan',
			'2016': 'Nur Otan',
			'2021': 'Nur Otan',
			'2023': null
		});
	});

	it("follows the Communist People's Party → People's Party (2020)", () => {
		expect(formerNames('ppk')).toEqual({
			'2004': "Communist People's Party of Kazakhstan",
			'2007': "Communist People's Party of Kazakhstan",
			'2012': "Communist People's Party of Kazakhstan",
			'2016': "Communist People's Party of Kazakhstan",
			'2021': null,
			'2023': null
		});
	});

	it('finds undated renamings by the name on the ballot (Birlik → Adal, Democratic Party → Adilet)', () => {
		expect(formerNames('adal')).toEqual({ '2016': 'Birlik', '2021': null });
		expect(formerNames('adilet')).toEqual({ '2004': 'Democratic Party', '2012': null });
	});

	it('reports no renaming when only the long form of the name changed (Auyl) or there is no lineage', () => {
		expect(Object.values(formerNames('auyl'))).toEqual([null, null, null, null, null, null]);
		expect(Object.values(formerNames('ak_zhol')).every((v) => v === null)).toBe(true);
		expect(formerNames('independents')).toEqual({ '2004': null, '2023': null });
	});

	it('uses dates when the ballot name matches no step', () => {
		const p: Party = {
			id: 'x',
			abbr: null,
			short: { en: 'New', kk: 'Жаңа', ru: 'Новая' },
			names: { en: 'X', kk: null, ru: null },
			lineage: [
				{ name: 'Old', names: { kk: 'Ескі', ru: 'Старая' }, from: '2001', to: '2010-06' },
				{ name: 'New', from: '2010-06' }
			],
			colour: '#000000'
		};
		expect(formerName(p, '2010-05-31', 'Something else', 'New')).toBe('Old');
		expect(formerName(p, '2010-06-01', 'Something else', 'New')).toBeNull();
		expect(formerName(p, '2000-01-01', undefined, 'New')).toBeNull();
	});
});

describe('mergerNote', () => {
	it('says where Asar and the AIST bloc went', () => {
		expect(mergerNote(party('asar'), data.parties, shortName)).toBe(
			'merged into Otan (now Amanat) in 2006'
		);
		expect(mergerNote(party('aist'), data.parties, shortName)).toBe(
			'later merged into what is now Amanat'
		);
		expect(mergerNote(party('amanat'), data.parties, shortName)).toBeNull();
	});
});
