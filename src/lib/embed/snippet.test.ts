import { describe, expect, it } from 'vitest';
import { defaultHeight, embedSnippet, oembedOf, oembedPath, type EmbedTarget } from './snippet';
import { pageOf } from './pages';

const ORIGIN = 'https://sailau.example';
const target: EmbedTarget = {
	id: 'hemicycle-2023',
	lang: 'kk',
	title: 'Seats "2023" <Majilis> & more',
	height: 460,
	page: '/'
};

describe('the embed snippet', () => {
	it('frames the embed page, loads embed.js and falls back to the PNG, all absolute', () => {
		const html = embedSnippet(ORIGIN, target);
		expect(html).toBe(
			'<iframe src="https://sailau.example/kk/embed/hemicycle-2023/" title="Seats &quot;2023&quot; &lt;Majilis&gt; &amp; more" loading="lazy" style="width:100%;border:0" height="460"></iframe>\n' +
				'<script src="https://sailau.example/embed.js" async></script>\n' +
				'<noscript><a href="https://sailau.example/kk/"><img src="https://sailau.example/charts/hemicycle-2023.kk.png" alt="Seats &quot;2023&quot; &lt;Majilis&gt; &amp; more" style="width:100%"></a></noscript>'
		);
	});

	it('estimates the height from the drawing’s aspect ratio', () => {
		expect(defaultHeight('<svg viewBox="0 0 600 300">')).toBe(460);
		expect(defaultHeight('<svg viewBox="0 0 400 800">')).toBe(1360);
		expect(defaultHeight('<svg>')).toBe(610);
	});
});

describe('oEmbed', () => {
	it('is a rich response with the snippet, absolute thumbnail and provider', () => {
		expect(oembedOf(ORIGIN, { ...target, lang: 'en', title: 'Seats' })).toEqual({
			version: '1.0',
			type: 'rich',
			title: 'Seats',
			html: embedSnippet(ORIGIN, { ...target, lang: 'en', title: 'Seats' }),
			width: 600,
			height: 460,
			thumbnail_url: 'https://sailau.example/charts/hemicycle-2023.png',
			provider_name: 'Sailau',
			provider_url: 'https://sailau.example/'
		});
	});

	it('has one file per chart and language', () => {
		expect(oembedPath('map-districts', 'en')).toBe('/oembed/map-districts.json');
		expect(oembedPath('map-districts', 'ru')).toBe('/oembed/map-districts.ru.json');
	});
});

describe('the page of a chart file', () => {
	it('is the page that shows its state, or the nearest', () => {
		expect(pageOf('map-turnout-2023', 'turnout-2023', 'turnout-2023')).toBe('/map/');
		expect(pageOf('map-turnout-2023', 'districts', 'turnout-2023')).toBe('/map/districts/');
		expect(pageOf('seat-change', '2016-2023', 'page:2021-2023')).toBe('/compare/2016-2023/');
		expect(pageOf('seat-change', 'page:2021-2023', 'page:2021-2023')).toBe('/compare/');
		expect(pageOf('president', 'latest', 'latest')).toBe('/president/');
		expect(pageOf('referendum', '2022', 'latest')).toBe('/referendums/2022/');
		expect(pageOf('turnout-map', 'president-2019-final', 'x')).toBe('/president/2019/');
		expect(pageOf('hemicycle-2023', '', '')).toBe('/');
	});
});
