/**
 * File snapshots of every registered chart in every language: the standalone SVG and the CSV,
 * compared with `__snapshots__/<id>.<lang>.svg|csv`. The list of charts is the registry itself,
 * so a new chart is covered the moment it is registered, and no id list is kept by hand.
 *
 * On a mismatch the new output is written beside the snapshot as `<id>.<lang>-changed.svg` (or
 * .csv) for a look or a diff, and the test fails. A missing snapshot is written and the test
 * fails on CI (a snapshot must be committed); `SNAPSHOT_UPDATE=1 npx vitest run snapshots`
 * rewrites them all after a change that is meant.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/data/fixtures';
import { CHARTS } from './registry.server';
import { chartCsv, standaloneSvg } from '$lib/export/render.server';
import { LANGS } from '$lib/i18n/lang';

const DIR = fileURLToPath(new URL('./__snapshots__/', import.meta.url));
const UPDATE = Boolean(process.env.SNAPSHOT_UPDATE);
const data = realDataset();

/** Long decimals rounded to two places, so that a change in the last float digit is not a change. */
export function normalize(text: string): string {
	return text.replace(/\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
}

function check(name: string, actual: string) {
	const file = DIR + name;
	const changed = file.replace(/(\.\w+)$/, '-changed$1');
	if (UPDATE || !existsSync(file)) {
		mkdirSync(DIR, { recursive: true });
		writeFileSync(file, actual);
		rmSync(changed, { force: true });
		expect(process.env.CI && !UPDATE, `${name} has no committed snapshot`).toBeFalsy();
		return;
	}
	const expected = readFileSync(file, 'utf8');
	if (expected === actual) rmSync(changed, { force: true });
	else writeFileSync(changed, actual);
	expect(actual === expected, `${name} differs from its snapshot: see ${changed}`).toBe(true);
}

describe.each(CHARTS.map((c) => c.id))('%s', (id) => {
	const chart = CHARTS.find((c) => c.id === id)!;
	it.each(LANGS)('%s', (lang) => {
		check(`${id}.${lang}.svg`, normalize(standaloneSvg(chart, data, lang)));
		check(`${id}.${lang}.csv`, chartCsv(chart, data, lang));
	});
});

describe('the snapshot test', () => {
	it('rounds long decimals and leaves short ones', () => {
		expect(normalize('<circle cx="12.3456" cy="7.5" r="1.005"/>')).toBe(
			'<circle cx="12.35" cy="7.5" r="1"/>'
		);
	});
});
