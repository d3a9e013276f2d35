import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { loadDataset } from './src/lib/data/load.ts';
import { fsReader } from './src/lib/server/data.ts';
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

export default defineConfig({
	plugins: [checkData(), icu(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20_000
	}
});
