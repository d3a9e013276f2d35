/**
 * Compiles ICU MessageFormat catalogues (`messages.json`) to plain JavaScript functions when Vite
 * builds, serves or tests the site: no parser, no `new Function` and no network at run time.
 *
 * A catalogue is `{ "en": { "<key>": "<ICU message>", … }, "kk": {…}, "ru": {…} }`. Import it as
 *
 * - `./messages.json?icu`: `{ en: { key: fn }, kk: …, ru: … }`, every language;
 * - `./messages.json?icu&lang=kk`: `{ key: fn }`, one language (what a hydrated page loads);
 * - `./messages.json?icu&server`: every language on the server, `{}` in the browser, which loads
 *   its page's language with `&lang=` instead.
 *
 * A message function takes one object of arguments and returns a string. Numbers that a message
 * prints with `#` go through format.ts (see icu-runtime.ts), so Kazakh digits are the same in
 * Node and in a browser without Kazakh locale data. Markup such as `<link>…</link>` stays in the
 * string for Msg.svelte to render.
 */
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PREFIX = '\0icu:';
const RUNTIME = fileURLToPath(new URL('./icu-runtime.ts', import.meta.url));

/** The module source for one language of a catalogue: `export default { key: fn, … }`. */
export function compileLanguage(file: string, lang: string, source: string): string {
	const catalogue = JSON.parse(source) as Record<string, Record<string, string>>;
	const messages = catalogue[lang];
	if (!messages) throw new Error(`${file}: no "${lang}" section`);
	let code: string;
	try {
		code = compileModule(new MessageFormat(lang, { strict: false }), messages);
	} catch (e) {
		throw new Error(`${file} (${lang}): ${(e as Error).message}`, { cause: e });
	}
	// `#` in a plural prints its number with the runtime's Intl call; use format.ts's instead.
	return code.replace(
		/import \{ ([^}]*) \} from "@messageformat\/runtime";/,
		(_, names: string) => {
			const rest = names.split(', ').filter((n) => n !== 'number');
			return [
				rest.length ? `import { ${rest.join(', ')} } from "@messageformat/runtime";` : '',
				names.split(', ').includes('number')
					? `import { number } from ${JSON.stringify(RUNTIME)};`
					: ''
			].join('\n');
		}
	);
}

export function icu(): Plugin {
	return {
		name: 'sailau-icu',
		enforce: 'pre',
		async resolveId(source, importer) {
			if (source.startsWith(PREFIX)) return source;
			const [path, query] = source.split('?');
			if (!path?.endsWith('.json') || !query) return null;
			const params = new URLSearchParams(query);
			if (!params.has('icu')) return null;
			const resolved = await this.resolve(path, importer, { skipSelf: true });
			if (!resolved) return null;
			const lang = params.get('lang');
			const mode = lang ? `lang=${lang}` : params.has('server') ? 'server' : '';
			return `${PREFIX}${resolved.id.split('?')[0]}?${mode}`;
		},
		load(id, options) {
			if (!id.startsWith(PREFIX)) return null;
			const [file, query] = id.slice(PREFIX.length).split('?') as [string, string];
			this.addWatchFile(file);
			const source = readFileSync(file, 'utf8');
			const lang = /^lang=(\w+)$/.exec(query)?.[1];
			if (lang) return compileLanguage(file, lang, source);
			if (query === 'server' && !options?.ssr) return 'export default {};';
			const langs = Object.keys(JSON.parse(source) as object);
			return [
				// By file path and query, not by the virtual id: Vite's SSR module runner (npm run
				// export, vite dev) rewrites "\0" ids in import strings and would not find them.
				...langs.map((l) => `import ${l} from ${JSON.stringify(`${file}?icu&lang=${l}`)};`),
				`export default { ${langs.join(', ')} };`
			].join('\n');
		},
		handleHotUpdate({ file, server }) {
			if (!file.endsWith('messages.json')) return;
			const stale = [...server.moduleGraph.idToModuleMap.values()].filter((m) =>
				m.id?.startsWith(`${PREFIX}${file}?`)
			);
			for (const m of stale) server.moduleGraph.invalidateModule(m);
			return stale.length ? stale : undefined;
		}
	};
}
