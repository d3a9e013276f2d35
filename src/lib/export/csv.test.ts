import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/data/csv';
import { BOM, toCsv } from './csv';

describe('toCsv', () => {
	it('quotes only what needs quoting and leaves missing values empty', () => {
		const csv = toCsv({
			columns: ['party', 'seats', 'note'],
			rows: [
				['Amanat', 63, null],
				['"Ak Zhol", & <others>', 6, 'line\nbreak']
			]
		});
		expect(csv).toBe(
			`${BOM}party,seats,note\r\nAmanat,63,\r\n"""Ak Zhol"", & <others>",6,"line\nbreak"\r\n`
		);
	});

	it('round-trips through the project CSV reader, Cyrillic included', () => {
		const table = { columns: ['name', 'pct'], rows: [['Халық партиясы, «QHP»', 6.8]] };
		expect(parseCsv(toCsv(table), 'x.csv')).toEqual([
			{ line: 2, values: { name: 'Халық партиясы, «QHP»', pct: '6.8' } }
		]);
	});

	it('refuses a row of the wrong length', () => {
		expect(() => toCsv({ columns: ['a', 'b'], rows: [[1]] })).toThrow(
			/row 1 has 1 fields for 2 columns/
		);
	});
});
