/**
 * What a static host needs besides the files (README, "Publish it"): every text file of the
 * build has a gzip and a brotli copy beside it, with the same bytes inside, and no copy is left
 * without its file (the build removes data files that nothing reads).
 */
import { test, expect } from './fixtures';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const files = readdirSync('build', { recursive: true, encoding: 'utf8' });
const TEXT = /\.(html|js|css|json|svg|xml|csv|txt)$/;

test('every text file is precompressed, gzip and brotli, to the same bytes @static', () => {
	const text = files.filter((f) => TEXT.test(f));
	expect(text.length).toBeGreaterThan(500);
	for (const file of text) {
		const raw = readFileSync(join('build', file));
		const gz = join('build', `${file}.gz`);
		const br = join('build', `${file}.br`);
		expect(existsSync(gz) && existsSync(br), file).toBe(true);
		expect(Buffer.compare(gunzipSync(readFileSync(gz)), raw), `${file}.gz`).toBe(0);
		expect(Buffer.compare(brotliDecompressSync(readFileSync(br)), raw), `${file}.br`).toBe(0);
	}
});

test('no compressed copy without its file @static', () => {
	const copies = files.filter((f) => /\.(gz|br)$/.test(f));
	expect(copies.length).toBeGreaterThan(1000);
	for (const copy of copies) expect(existsSync(join('build', copy.slice(0, -3))), copy).toBe(true);
});
