// Serves build/ for `npm run perf` as the README's static host does ("Publish it"): a folder's
// index.html, and the copy the build precompressed that the browser accepts (brotli before gzip)
// rather than one compressed on each request. (`vite preview` gzips every response as it goes,
// which is not what a reader of the published site downloads: the kk compare index is 18.0 KB
// that way and 14.6 KB as the host sends it.)
//   node scripts/perf/serve.js [dir] [port]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.webmanifest': 'application/manifest+json'
};

/** The encodings an Accept-Encoding header allows (q=0 refuses one). */
function accepted(header) {
	const ok = new Set();
	for (const part of (header ?? '').split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
		if (name && (q === undefined || Number(q) > 0)) ok.add(name);
	}
	return ok;
}

/**
 * Which precompressed copy to send: 'br', 'gzip' or null (the file itself), from the request's
 * Accept-Encoding and the copies that exist beside the file.
 */
export function encodingFor(acceptEncoding, has) {
	const ok = accepted(acceptEncoding);
	if (has.br && ok.has('br')) return 'br';
	if (has.gz && ok.has('gzip')) return 'gzip';
	return null;
}

/** The file under `root` that answers `pathname` (a folder answers with its index.html), or null. */
export function fileFor(root, pathname) {
	let path;
	try {
		path = resolve(root, `.${decodeURIComponent(pathname)}`);
	} catch {
		return null;
	}
	if (path !== resolve(root) && !path.startsWith(resolve(root) + sep)) return null;
	if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
	return existsSync(path) && statSync(path).isFile() ? path : null;
}

export function serve(root) {
	return createServer((req, res) => {
		const { pathname } = new URL(req.url ?? '/', 'http://host');
		let file = fileFor(root, pathname);
		let status = 200;
		if (!file) {
			status = 404;
			file = fileFor(root, '/404.html');
		}
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		const encoding = encodingFor(req.headers['accept-encoding'], {
			br: existsSync(`${file}.br`),
			gz: existsSync(`${file}.gz`)
		});
		const body = readFileSync(
			encoding === 'br' ? `${file}.br` : encoding === 'gzip' ? `${file}.gz` : file
		);
		res.writeHead(status, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': body.length,
			'x-content-type-options': 'nosniff',
			vary: 'Accept-Encoding',
			...(encoding ? { 'content-encoding': encoding } : {})
		});
		res.end(req.method === 'HEAD' ? undefined : body);
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [root = 'build', port = '4199'] = process.argv.slice(2);
	serve(root).listen(Number(port), '127.0.0.1');
}
