import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from './csv';

describe('parseCsv', () => {
	it('reads quoted fields with commas, doubled quotes and newlines', () => {
		const rows = parseCsv('a,b,c\n1,"x, ""y""",3\n2,"two\nlines",\n', 't.csv');
		expect(rows).toEqual([
			{ line: 2, values: { a: '1', b: 'x, "y"', c: '3' } },
			{ line: 3, values: { a: '2', b: 'two\nlines', c: '' } }
		]);
	});

	it('handles CRLF, a byte-order mark and no final newline', () => {
		expect(parseCsv('\uFEFFa,b\r\n1,2', 't.csv')).toEqual([
			{ line: 2, values: { a: '1', b: '2' } }
		]);
	});

	it('names the file and line of a row with the wrong number of fields', () => {
		expect(() => parseCsv('a,b\n1,2\n3\n', 'bad.csv')).toThrow(
			new CsvError('bad.csv', 3, '1 fields where the header has 2')
		);
	});

	it('refuses an unclosed quote and a repeated column', () => {
		expect(() => parseCsv('a\n"open\n', 'q.csv')).toThrow(/q\.csv: line 2: .*never closed/);
		expect(() => parseCsv('a,a\n1,2\n', 'h.csv')).toThrow(/repeated column "a"/);
	});
});
