/**
 * Social cards (issue 15, item 4): every built page names its card, title, description, locale
 * and a large Twitter card; the card exists in build/ at 1200 × 630; a page that shows a chart
 * stands on that chart (its card and its oEmbed file), a page without one on the site card.
 * Reads build/: run after `npm run build`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { htmlOf, pages } from '../scripts/weight.js';
import { SITE_ORIGIN } from '../src/lib/site';

const LOCALE = { en: 'en_US', kk: 'kk_KZ', ru: 'ru_RU' } as const;

/** The content of every <meta property|name="key"> in the page's head. */
function meta(html: string, key: string): string[] {
	const head = html.slice(0, html.indexOf('</head>'));
	const tag = new RegExp(
		`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`,
		'g'
	);
	return [...head.matchAll(tag)].map((m) => m[1]!);
}

/** A file of build/ from its absolute address on the site. */
const fileOf = (url: string) => `build${url.slice(SITE_ORIGIN.length)}`;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string) {
	const png = readFileSync(file);
	return {
		png: png.subarray(1, 4).toString('latin1'),
		width: png.readUInt32BE(16),
		height: png.readUInt32BE(20)
	};
}

const ALL = pages();

test.describe('social cards', { tag: '@static' }, () => {
	test('every page has its card, title, description and locale', () => {
		expect(ALL.length).toBeGreaterThan(300);
		const problems: string[] = [];
		const check = (route: string, ok: boolean, what: string) =>
			ok || problems.push(`${route}: ${what}`);
		for (const route of ALL) {
			const html = htmlOf(route);
			const lang = (/^\/(kk|ru)\//.exec(route)?.[1] ?? 'en') as keyof typeof LOCALE;
			const [image, ...more] = meta(html, 'og:image');
			check(route, !!image && more.length === 0, 'one og:image');
			check(route, !!image?.startsWith(`${SITE_ORIGIN}/cards/`), `og:image ${image} is absolute`);
			check(route, !!image && existsSync(fileOf(image)), `og:image ${image} is in build/`);
			check(route, meta(html, 'og:image:width')[0] === '1200', 'og:image:width 1200');
			check(route, meta(html, 'og:image:height')[0] === '630', 'og:image:height 630');
			check(route, /\S/.test(meta(html, 'og:image:alt')[0] ?? ''), 'og:image:alt');
			check(route, /\S/.test(meta(html, 'og:title')[0] ?? ''), 'og:title');
			const description = meta(html, 'description');
			check(route, description.length === 1 && /\S/.test(description[0]!), 'one description');
			check(route, meta(html, 'og:description')[0] === description[0], 'og:description');
			check(route, meta(html, 'og:url')[0] === `${SITE_ORIGIN}${route}`, 'og:url');
			check(route, meta(html, 'og:type')[0] === 'website', 'og:type');
			check(route, meta(html, 'og:site_name')[0] === 'Sailau', 'og:site_name');
			check(route, meta(html, 'og:locale')[0] === LOCALE[lang], `og:locale ${LOCALE[lang]}`);
			const others = Object.values(LOCALE).filter((l) => l !== LOCALE[lang]);
			check(route, `${meta(html, 'og:locale:alternate')}` === `${others}`, 'og:locale:alternate');
			check(route, meta(html, 'twitter:card')[0] === 'summary_large_image', 'twitter:card');
		}
		expect(problems).toEqual([]);
	});

	test('a page with a chart stands on it: its card and its oEmbed file; a page without on the site card', () => {
		let withChart = 0;
		const problems: string[] = [];
		for (const route of ALL) {
			const html = htmlOf(route);
			const image = meta(html, 'og:image')[0] ?? '';
			const card = /\/cards\/(.+?)(?:\.(?:kk|ru))?\.png$/.exec(image)?.[1];
			const oembed = [
				...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]*)"/g)
			].map((m) => m[1]!);
			if (!html.includes(' data-chart="')) {
				if (card !== 'site' || oembed.length)
					problems.push(`${route}: no chart, but ${image} ${oembed}`);
				continue;
			}
			withChart++;
			if (oembed.length !== 1) {
				problems.push(`${route}: ${oembed.length} oEmbed links`);
				continue;
			}
			const file = fileOf(oembed[0]!);
			if (!existsSync(file)) problems.push(`${route}: ${file} is missing`);
			else if (!/^\{"version":"1.0","type":"rich"/.test(readFileSync(file, 'utf8')))
				problems.push(`${route}: ${file} is not an oEmbed answer`);
			// The card and the oEmbed file are of the same chart, in the page's language.
			const id = /\/oembed\/(.+?)\.json$/.exec(oembed[0]!)?.[1];
			if (`/cards/${id}.png` !== image.slice(SITE_ORIGIN.length))
				problems.push(`${route}: card ${image}, oEmbed ${oembed[0]}`);
			// And of a chart the page shows: its embed snippet (or, on the simulator, which has
			// none, the figure of that id) is on the page.
			if (!html.includes(`/embed/${card}/`) && !html.includes(`data-chart="${card}"`))
				problems.push(`${route}: its card ${card} is not a chart it shows`);
		}
		expect(problems).toEqual([]);
		expect(withChart).toBeGreaterThan(300);
	});

	test('every chart file has a card in each language, and every card is 1200 × 630 PNG', () => {
		const charts = readdirSync('build/charts').filter((f) => f.endsWith('.png'));
		const cards = readdirSync('build/cards');
		expect(cards.sort()).toEqual([...charts, 'site.png', 'site.kk.png', 'site.ru.png'].sort());
		for (const card of cards)
			expect(pngSize(`build/cards/${card}`), card).toEqual({
				png: 'PNG',
				width: 1200,
				height: 630
			});
	});
});
