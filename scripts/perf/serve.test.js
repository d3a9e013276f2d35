import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodingFor, fileFor, serve } from './serve.js';

describe('encodingFor', () => {
	const both = { br: true, gz: true };
	it('sends brotli when the browser takes it, else gzip, else the file itself', () => {
		expect(encodingFor('gzip, deflate, br, zstd', both)).toBe('br');
		expect(encodingFor('gzip, deflate', both)).toBe('gzip');
		expect(encodingFor('identity', both)).toBeNull();
		expect(encodingFor(undefined, both)).toBeNull();
	});
	it('sends only a copy that exists, and never one refused with q=0', () => {
		expect(encodingFor('br, gzip', { br: false, gz: true })).toBe('gzip');
		expect(encodingFor('br', { br: false, gz: true })).toBeNull();
		expect(encodingFor('br;q=0, gzip;q=0.5', both)).toBe('gzip');
	});
});

describe('serving a folder', () => {
	const root = mkdtempSync(join(tmpdir(), 'sailau-serve-'));
	mkdirSync(join(root, 'map'));
	writeFileSync(join(root, 'map', 'index.html'), '<p>map</p>');
	writeFileSync(join(root, 'map', 'index.html.br'), 'BR');
	writeFileSync(join(root, 'map', 'index.html.gz'), 'GZ');
	writeFileSync(join(root, '404.html'), '<p>missing</p>');
	const server = serve(root);
	let port = 0;
	beforeAll(() => new Promise((done) => server.listen(0, '127.0.0.1', () => done())));
	beforeAll(() => {
		port = server.address().port;
	});
	afterAll(() => new Promise((done) => server.close(() => done())));

	const get = (path, encoding) =>
		new Promise((done, fail) => {
			const req = request({ port, path, headers: { 'accept-encoding': encoding } }, (res) => {
				let body = '';
				res.on('data', (c) => (body += c));
				res.on('end', () => done({ status: res.statusCode, headers: res.headers, body }));
			});
			req.on('error', fail);
			req.end();
		});

	it('answers a folder with its index.html, in the encoding the browser takes', async () => {
		const br = await get('/map/', 'gzip, br');
		expect([br.status, br.headers['content-encoding'], br.body]).toEqual([200, 'br', 'BR']);
		expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
		const gz = await get('/map/', 'gzip');
		expect([gz.headers['content-encoding'], gz.body]).toEqual(['gzip', 'GZ']);
		const plain = await get('/map/index.html', '');
		expect([plain.headers['content-encoding'], plain.body]).toEqual([undefined, '<p>map</p>']);
	});

	it('answers a missing file with the 404 page, and never a file outside the folder', async () => {
		const missing = await get('/nowhere/', '');
		expect([missing.status, missing.body]).toEqual([404, '<p>missing</p>']);
		expect(fileFor(join(root, 'map'), '/../404.html')).toBeNull();
		expect(fileFor(root, '/%2e%2e/etc/passwd')).toBeNull();
	});
});
