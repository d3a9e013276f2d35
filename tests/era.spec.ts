/**
 * The 2023 Majilis was the last: the overview, compare and map pages say so in one sentence, in
 * each language, with the facts of data/chambers.json (read here independently of the loader).
 */
import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { dataPath, FILES } from '../src/lib/data/files';

const chambers = JSON.parse(readFileSync(dataPath(FILES.chambers), 'utf8')).chambers as {
	id: string;
	powers_ended?: string;
	seats_total?: number;
}[];
const kurultai = chambers.find((c) => c.id === 'kurultai')!;
/** The day the powers ended, as each language writes it. */
const ENDED = { en: '1 July 2026', kk: '2026 ж. 1 шілде', ru: '1 июля 2026 г.' } as const;
const majilis = chambers.find((c) => c.id === 'majilis')!;

test('the fixture dates agree with the data', { tag: '@static' }, () => {
	expect(majilis.powers_ended).toBe('2026-07-01');
});

for (const [lang, ended] of Object.entries(ENDED))
	for (const route of ['/', '/compare/', '/map/', '/compare/2016-2023/']) {
		const path = lang === 'en' ? route : `/${lang}${route}`;
		test(`${path} says the 2023 Majilis was the last`, { tag: '@static' }, async ({ page }) => {
			await page.goto(path);
			const era = page.locator('p.era');
			await expect(era).toHaveCount(1);
			await expect(era).toContainText(ended);
			await expect(era).toContainText(String(kurultai.seats_total));
			await expect(era.locator('a')).toHaveAttribute(
				'href',
				lang === 'en' ? '/votes/' : `/${lang}/votes/`
			);
		});
	}
