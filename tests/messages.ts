/**
 * The site's interface messages as written in the catalogues (src/lib/i18n/<area>/messages.json),
 * merged per language, for the end-to-end tests. A message without arguments or markup reads
 * exactly as the page shows it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageKey } from '../src/lib/i18n/text';

type Lang = 'en' | 'kk' | 'ru';
const DIR = 'src/lib/i18n';

export const MESSAGES = { en: {}, kk: {}, ru: {} } as Record<Lang, Record<MessageKey, string>>;
for (const area of readdirSync(DIR, { withFileTypes: true })) {
	if (!area.isDirectory()) continue;
	const catalogue = JSON.parse(readFileSync(join(DIR, area.name, 'messages.json'), 'utf8'));
	for (const lang of ['en', 'kk', 'ru'] as const) Object.assign(MESSAGES[lang], catalogue[lang]);
}
