import guard from '$lib/embed/guard.js?raw';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * /embed.js, the script of the embed snippet, run on the host page: sets each Sailau iframe's
 * height to what its embed page reports. Only messages from exactly the origin this script was
 * loaded from, of the expected shape (guard.js), and only on the iframe that sent them.
 */
const LOADER = `(function () {
${guard.replace(/export /g, '')}
var s = document.currentScript;
var origin = new URL(s ? s.src : '/', location.href).origin;
if (window['sailau:embed'] === origin) return;
window['sailau:embed'] = origin;
addEventListener('message', function (e) {
	var h = heightOf(e, origin);
	if (h === null) return;
	var frames = document.getElementsByTagName('iframe');
	for (var i = 0; i < frames.length; i++)
		if (frames[i].contentWindow === e.source) frames[i].style.height = h + 'px';
});
})();
`;

export const GET: RequestHandler = () =>
	new Response(LOADER, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
