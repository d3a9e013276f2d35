import { createHash } from 'node:crypto';

/**
 * A Content-Security-Policy source for exactly this inline script or style: `sha256-<base64>`,
 * the form SvelteKit writes for its own. Used by svelte.config.js (the head script, the route
 * announcer's style) and by ./app-start.ts (SvelteKit's start script, rewritten).
 * @param {string} text
 */
export function cspHash(text) {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
