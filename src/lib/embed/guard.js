// The message guard of /embed.js (src/routes/embed.js/+server.ts serves it inside the loader):
// plain JavaScript, no imports, so that the same text runs on any host page and in the tests.
/** The tallest embed height accepted, in CSS pixels. */
export const MAX_HEIGHT = 20000;

/**
 * The new height of an embed if `event` is a Sailau height message from exactly `origin`,
 * else null: `{ type: 'sailau:height', id: string, height: finite number in (0, MAX_HEIGHT] }`.
 * @param {{ origin: string, data: unknown }} event
 * @param {string} origin
 * @returns {number | null}
 */
export function heightOf(event, origin) {
	var d = /** @type {any} */ (event.data);
	if (event.origin !== origin || !d || typeof d !== 'object') return null;
	var h = d.height;
	if (d.type !== 'sailau:height' || typeof d.id !== 'string' || !d.id) return null;
	return typeof h === 'number' && isFinite(h) && h > 0 && h <= MAX_HEIGHT ? Math.ceil(h) : null;
}
