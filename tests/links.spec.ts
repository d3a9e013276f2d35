import { expect, test } from './fixtures';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file the build wrote, relative to build/. */
function files(dir = 'build'): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [relative('build', path)];
	});
}

const html = files().filter((f) => f.endsWith('.html'));

/** The built file an internal link points at, or null if none. */
function target(pathname: string): string | null {
	const clean = decodeURIComponent(pathname).replace(/^\//, '');
	for (const candidate of [clean, join(clean, 'index.html'), `${clean}.html`]) {
		if (
			candidate !== '' &&
			existsSync(join('build', candidate)) &&
			statSync(join('build', candidate)).isFile()
		)
			return candidate;
	}
	return clean === '' ? 'index.html' : null;
}

test('no built page links to a missing page, file or anchor', { tag: '@js' }, async ({ page }) => {
	// Parses every built page: the time grows with the site, and a busy machine must not fail it.
	test.setTimeout(10 * 60_000);
	expect(html.length).toBeGreaterThan(5);
	const broken: string[] = [];
	const ids = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		if (!ids.has(file)) {
			const text = readFileSync(join('build', file), 'utf8');
			ids.set(file, new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
		}
		return ids.get(file)!;
	};
	await page.goto('/');
	for (const file of html) {
		const text = readFileSync(join('build', file), 'utf8');
		const links = await page.evaluate((source) => {
			const doc = new DOMParser().parseFromString(source, 'text/html');
			const refs = 'a[href], link[href], script[src], img[src], meta[name="sailau-script"]';
			return [...doc.querySelectorAll(refs)].map(
				(e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('content')!
			);
		}, text);
		const here = `/${file.replace(/index\.html$/, '')}`;
		for (const link of links) {
			const url = new URL(link, `http://site${here}`);
			if (url.host !== 'site') continue;
			const found = target(url.pathname);
			if (!found) broken.push(`${file}: ${link}`);
			else if (
				url.hash &&
				found.endsWith('.html') &&
				!idsOf(found).has(decodeURIComponent(url.hash.slice(1)))
			)
				broken.push(`${file}: ${link} (no such anchor)`);
		}
	}
	expect(broken).toEqual([]);
});
