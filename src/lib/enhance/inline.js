/**
 * A script as it goes inline into every page: without its whole-line comments and indentation,
 * which would otherwise travel in each page's HTML. Used both where the script is put into the
 * page (src/hooks.server.ts) and where the CSP allows it by hash (svelte.config.js), so the two
 * always agree. Comments that share a line with code are kept: this is not a minifier.
 * @param {string} source
 */
export function inline(source) {
	return source
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('//'))
		.join('\n');
}
