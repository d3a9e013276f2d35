import { sveltekit } from '@sveltejs/kit/vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { FILES } from './src/lib/data/files.ts';
import { loadDataset } from './src/lib/data/load.ts';
import { dataDir, fsReader } from './src/lib/server/data.ts';
import { icu } from './src/lib/i18n/vite-plugin.ts';

/**
 * Checks every file in data/ before anything is built, so bad data stops the build with a
 * message that names the file, record and field, and nothing half-built is published.
 */
function checkData(): Plugin {
	return {
		name: 'sailau-check-data',
		apply: 'build',
		buildStart() {
			loadDataset(fsReader());
		}
	};
}

const PARTY_STYLE = 'virtual:sailau/party-style';

/**
 * How parties look, for code that has no Dataset at hand (chart builders, the simulator in the
 * browser): each party's id, colour and short names, in seating order, taken from the checked
 * data/parties.json. Only these few facts become a module, so the browser gets no more of the
 * dataset than it needs (see src/lib/parties/style.ts).
 */
function partyStyle(): Plugin {
	const resolved = `\0${PARTY_STYLE}`;
	return {
		name: 'sailau-party-style',
		resolveId: (id) => (id === PARTY_STYLE ? resolved : undefined),
		load(id) {
			if (id !== resolved) return;
			this.addWatchFile(resolve(dataDir(), FILES.parties));
			const styles = loadDataset(fsReader()).parties.map(({ id, colour, short }) => ({
				id,
				colour,
				short
			}));
			return `export default ${JSON.stringify(styles)};`;
		}
	};
}

export default defineConfig({
	plugins: [checkData(), partyStyle(), icu(), sveltekit()],
	// The page script (src/lib/enhance/main.ts) is bundled as a worker-style file of its own: it
	// reads catalogues too (the compare page's address notes).
	worker: { format: 'es', plugins: () => [icu()] },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.{js,ts}'],
		environment: 'node',
		// A test that asserts nothing fails: it could not have caught anything.
		expect: { requireAssertions: true },
		testTimeout: 20_000,
		// One module graph for all test files instead of a fresh one per file: the files share
		// the dataset, the registry and d3, and loading them 69 times took 45 of the run's 60 s.
		// No test mocks a module or changes a global, so nothing leaks from one file to the next.
		isolate: false
	}
});
