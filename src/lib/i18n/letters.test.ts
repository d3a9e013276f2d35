/**
 * Kazakh and Russian text lives in the ICU catalogues (messages.json) and in data/, nowhere else:
 * a word typed into code escapes the glossary test, the translators and the plural rules. Tests
 * may hold expected Kazakh and Russian output; every other .ts, .js and .svelte file may not.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src', 'scripts'];
const CODE = /\.(ts|js|mjs|svelte)$/;
const TEST = /\.(test|spec|bench)\.ts$/;
const CYRILLIC = /[\u0400-\u04ff\u0500-\u052f]/;

function codeFiles(): string[] {
	return ROOTS.flatMap((root) =>
		readdirSync(root, { recursive: true, encoding: 'utf8' })
			.filter((f) => CODE.test(f) && !TEST.test(f))
			.map((f) => join(root, f))
			// A route folder may be named like a file (src/routes/embed.js/).
			.filter((f) => statSync(f).isFile())
	);
}

describe('Kazakh and Russian letters', () => {
	const files = codeFiles();

	it('finds the code it checks', () => {
		expect(files).toContain(join('src', 'lib', 'format', 'index.ts'));
		expect(files).toContain(join('src', 'lib', 'i18n', 'LangSwitch.svelte'));
		expect(files.length).toBeGreaterThan(100);
	});

	it('appear in no code file: words belong in a messages.json catalogue', () => {
		const found = files.flatMap((file) =>
			readFileSync(file, 'utf8')
				.split('\n')
				.flatMap((line, i) => (CYRILLIC.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []))
		);
		expect(found).toEqual([]);
	});
});
