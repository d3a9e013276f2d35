import { describe, expect, it } from 'vitest';
import {
	describePages,
	kindMatches,
	kindOf,
	langOf,
	normalRoute,
	parseArgs,
	pickPages
} from './pages.js';

describe('langOf', () => {
	it('reads the lang attribute of <html>, wherever it stands among the attributes', () => {
		expect(langOf('<!doctype html>\n<html lang="kk">\n<head>')).toBe('kk');
		expect(langOf('<html data-x="1" lang="ru" class="a">')).toBe('ru');
	});
	it('is undefined without one, and ignores lang on other elements', () => {
		expect(langOf('<html><body><p lang="kk">')).toBeUndefined();
	});
});

describe('kindOf', () => {
	it('removes the page’s own language prefix and replaces segments after the first', () => {
		expect(kindOf('/', 'en')).toBe('/');
		expect(kindOf('/kk/', 'kk')).toBe('/');
		expect(kindOf('/compare/', 'en')).toBe('/compare/');
		expect(kindOf('/compare/2016-2023/', 'en')).toBe('/compare/*/');
		expect(kindOf('/ru/compare/2016-2023/', 'ru')).toBe('/compare/*/');
		expect(kindOf('/kk/embed/chamber-2004/', 'kk')).toBe('/embed/*/');
		expect(kindOf('/a/b/c/', 'en')).toBe('/a/*/*/');
	});
	it('keeps a first segment that is not the page’s language', () => {
		expect(kindOf('/kk/map/', 'en')).toBe('/kk/*/');
		expect(kindOf('/kk/map/')).toBe('/kk/*/');
	});
});

describe('normalRoute', () => {
	it('adds the slashes the build uses and drops a query or fragment', () => {
		expect(normalRoute('compare/2016-2023')).toBe('/compare/2016-2023/');
		expect(normalRoute('/kk/map')).toBe('/kk/map/');
		expect(normalRoute('/embed/x/?theme=dark')).toBe('/embed/x/');
		expect(normalRoute('/#top')).toBe('/');
		expect(normalRoute('')).toBe('/');
	});
});

describe('kindMatches', () => {
	it('passes everything without filters', () => {
		expect(kindMatches('/map/*/', [])).toBe(true);
	});
	it('matches a first segment to both the index and the pages below it', () => {
		expect(kindMatches('/compare/', ['compare'])).toBe(true);
		expect(kindMatches('/compare/*/', ['compare'])).toBe(true);
		expect(kindMatches('/map/*/', ['compare'])).toBe(false);
		expect(kindMatches('/compare/*/', ['comp'])).toBe(false);
	});
	it('matches a whole kind exactly', () => {
		expect(kindMatches('/compare/*/', ['/compare/*/'])).toBe(true);
		expect(kindMatches('/compare/*/', ['compare/*'])).toBe(true);
		expect(kindMatches('/compare/', ['/compare/*/'])).toBe(false);
	});
	it('names the home page home or /', () => {
		expect(kindMatches('/', ['home'])).toBe(true);
		expect(kindMatches('/', ['/'])).toBe(true);
		expect(kindMatches('/map/', ['home'])).toBe(false);
		expect(kindMatches('/', ['map', 'home'])).toBe(true);
	});
});

/** A small build: a route kind with three pages in two languages, an index, a home page. */
const htmls = /** @type {Record<string, string>} */ ({
	'/': '<html lang="en">home',
	'/kk/': '<html lang="kk">home',
	'/compare/': '<html lang="en">index',
	'/compare/a-b/': '<html lang="en">' + 'x'.repeat(10),
	'/compare/a-c/': '<html lang="en">' + 'x'.repeat(30),
	'/compare/b-c/': '<html lang="en">' + 'x'.repeat(20),
	'/kk/compare/a-b/': '<html lang="kk">' + 'x'.repeat(40),
	'/kk/compare/a-c/': '<html lang="kk">' + 'x'.repeat(40)
});
// Bytes stand in for gzip bytes here: the length of the HTML.
const built = describePages(
	Object.keys(htmls).sort(),
	(r) => htmls[r] ?? '',
	(h) => h.length
);

describe('describePages', () => {
	it('gives each page its language, kind and size', () => {
		expect(built.find((p) => p.route === '/kk/compare/a-c/')).toEqual({
			route: '/kk/compare/a-c/',
			lang: 'kk',
			kind: '/compare/*/',
			htmlBytes: 56
		});
	});
});

describe('pickPages', () => {
	const routes = (/** @type {{ route: string }[]} */ picks) => picks.map((p) => p.route);

	it('picks the heaviest page of each kind × language, sorted by kind and language', () => {
		expect(routes(pickPages(built))).toEqual([
			'/',
			'/kk/',
			'/compare/',
			'/compare/a-c/',
			'/kk/compare/a-b/'
		]);
	});
	it('says why and among how many', () => {
		const pick = pickPages(built).find((p) => p.route === '/compare/a-c/');
		expect(pick).toMatchObject({ why: ['heaviest'], candidates: 3, htmlBytes: 46 });
	});
	it('breaks a tie by the first route in order', () => {
		const reversed = [...built].reverse();
		expect(routes(pickPages(reversed))).toContain('/kk/compare/a-b/');
		expect(routes(pickPages(reversed))).not.toContain('/kk/compare/a-c/');
	});
	it('adds named pages after the picks, once, and marks a picked page that is also named', () => {
		const picks = pickPages(built, { named: ['/compare/a-b', '/compare/a-c/'] });
		expect(routes(picks)).toEqual([
			'/',
			'/kk/',
			'/compare/',
			'/compare/a-c/',
			'/kk/compare/a-b/',
			'/compare/a-b/'
		]);
		expect(picks.find((p) => p.route === '/compare/a-c/')?.why).toEqual(['heaviest', 'named']);
		expect(picks.find((p) => p.route === '/compare/a-b/')?.why).toEqual(['named']);
	});
	it('measures only the named pages with only', () => {
		expect(routes(pickPages(built, { named: ['/kk/'], only: true }))).toEqual(['/kk/']);
	});
	it('filters by kind and by language', () => {
		expect(routes(pickPages(built, { kinds: ['compare'] }))).toEqual([
			'/compare/',
			'/compare/a-c/',
			'/kk/compare/a-b/'
		]);
		expect(routes(pickPages(built, { kinds: ['compare/*'], langs: ['kk'] }))).toEqual([
			'/kk/compare/a-b/'
		]);
		expect(routes(pickPages(built, { kinds: ['votes'] }))).toEqual([]);
	});
	it('refuses a named page the build does not have', () => {
		expect(() => pickPages(built, { named: ['/compare/x-y/'] })).toThrow(
			'/compare/x-y/ is not a page of the build'
		);
	});
});

describe('parseArgs', () => {
	it('has defaults', () => {
		expect(parseArgs([])).toEqual({
			named: [],
			only: false,
			kinds: [],
			langs: [],
			out: 'perf-report.json',
			markdown: false,
			help: false
		});
	});
	it('reads pages, flags, repeated and comma-separated filters, and --x=value', () => {
		expect(
			parseArgs([
				'/compare/2016-2023/',
				'--kind',
				'compare,map',
				'--kind=home',
				'--lang',
				'kk',
				'--out=r.json',
				'--markdown',
				'/kk/map/'
			])
		).toMatchObject({
			named: ['/compare/2016-2023/', '/kk/map/'],
			kinds: ['compare', 'map', 'home'],
			langs: ['kk'],
			out: 'r.json',
			markdown: true
		});
	});
	it('refuses an unknown option, a missing value, and --only without a page', () => {
		expect(() => parseArgs(['--kinds', 'map'])).toThrow('unknown option --kinds');
		expect(() => parseArgs(['--out'])).toThrow('--out needs a value');
		expect(() => parseArgs(['--only'])).toThrow('--only needs at least one page');
		expect(parseArgs(['--only', '/']).only).toBe(true);
	});
});
