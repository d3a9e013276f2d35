/**
 * The real build, run on a deliberately corrupted copy of data/, must stop with a message
 * that names the file, the record and the field.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dataPath, FILES } from './files';

const root = resolve(import.meta.dirname, '../../..');

describe('vite build with corrupted data', () => {
	it('fails before building, naming file, record and field', () => {
		const dir = mkdtempSync(join(tmpdir(), 'sailau-bad-data-'));
		try {
			cpSync(join(root, 'data'), dir, { recursive: true });
			const file = join(dir, FILES.elections);
			const doc = JSON.parse(readFileSync(file, 'utf8'));
			doc.elections[0].parties[0].list_seats = 41; // Amanat 2023: 41 list seats no longer add up
			writeFileSync(file, JSON.stringify(doc));
			const run = spawnSync(
				process.execPath,
				[join(root, 'node_modules/vite/bin/vite.js'), 'build'],
				{
					cwd: root,
					env: { ...process.env, SAILAU_DATA_DIR: dir },
					encoding: 'utf8',
					timeout: 120_000
				}
			);
			const output = run.stdout + run.stderr;
			expect(run.status).not.toBe(0);
			expect(output).toContain(
				`Bad data in ${dataPath(FILES.elections)}, record elections[0] (id "2023"), field parties[0].total_seats`
			);
			expect(output).not.toContain('Wrote site to');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 120_000);
});
