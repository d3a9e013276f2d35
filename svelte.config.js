import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { dirname, join } from 'node:path';
import { inline } from './src/lib/enhance/inline.js';
import { cspHash } from './src/lib/server/csp-hash.js';

/** The one inline script of our own (see src/hooks.server.ts): allowed by its hash. */
const headScript = inline(
	readFileSync(new URL('./src/lib/enhance/head.js', import.meta.url), 'utf8'),
	'src/lib/enhance/head.js'
);
const headHash = cspHash(headScript);

/**
 * SvelteKit's route announcer (for screen readers, after client-side navigation) hides itself with
 * this inline style; allowing exactly this attribute value keeps inline styles otherwise banned.
 */
const announcerStyle =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
const announcerHash = cspHash(announcerStyle);

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** The text files that a host serves compressed. */
const TEXT = /\.(html|js|mjs|json|css|svg|xml|csv|txt)$/;

/**
 * Beside every text file of `dir` its .gz (level 9) and .br (quality 10: 2% larger than 11,
 * the maximum, in a third of the time; SvelteKit's builder.compress has no setting for it).
 * @param {string} dir
 */
async function precompress(dir) {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => TEXT.test(f));
	await Promise.all(
		files.map(async (file) => {
			const path = join(dir, file);
			const raw = readFileSync(path);
			const params = {
				[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
				[constants.BROTLI_PARAM_QUALITY]: 10,
				[constants.BROTLI_PARAM_SIZE_HINT]: raw.length
			};
			writeFileSync(`${path}.gz`, await gzipAsync(raw, { level: 9 }));
			writeFileSync(`${path}.br`, await brotli(raw, { params }));
		})
	);
}

/**
 * adapter-static, and then the data files (`__data.json`) that nothing reads are removed. SvelteKit
 * writes one beside every page with a server `load`, for its client to fetch on a client-side
 * navigation; only a page that loads the client (the simulator) can use one, and even there every
 * link is a full page load (`data-sveltekit-reload` in app.html). A page without the client keeps
 * its data in its HTML. Then every text file is precompressed.
 */
function staticSite() {
	const base = adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true });
	return {
		...base,
		/** @param {import('@sveltejs/kit').Builder} builder */
		async adapt(builder) {
			await base.adapt(builder);
			const files = readdirSync('build', { recursive: true, encoding: 'utf8' });
			for (const file of files.filter((f) => f.endsWith('__data.json'))) {
				const page = join('build', dirname(file), 'index.html');
				if (!readFileSync(page, 'utf8').includes('/_app/immutable/entry/'))
					rmSync(join('build', file));
			}
			// Beside every text file its .gz and .br, which a static host or CDN can serve as they
			// are (nginx: gzip_static, brotli_static) instead of compressing on each request.
			await precompress('build');
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: staticSite(),
		// Inline the (small) CSS so that the first paint waits for no second request.
		inlineStyleThreshold: 20_000,
		prerender: {
			// One page at a time (the default). Measured: four at a time is no faster on 2 cores,
			// and SvelteKit's relative asset paths then mix up pages' depths.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		},
		// Every page carries a Content-Security-Policy: only this site's own scripts (SvelteKit's
		// inline start-up script by hash), styles, images and data; no third party at all.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', headHash],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerHash],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-src': ['none']
			}
		}
	}
};

export default config;
