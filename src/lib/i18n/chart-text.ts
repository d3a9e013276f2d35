/**
 * TODO(compare2|map2): a shim for files that the compare and map helpers are moving to ICU
 * (compare/text.ts, routes/compare/_components/ComparePage.svelte, charts/seat-change/build.ts,
 * charts/map/text.ts). The chart words are in charts/messages.json and plurals are written in ICU;
 * delete this file once nothing imports it.
 */
export { roman } from '$lib/format';

/** Russian plural by hand (ICU plurals replace it): 1 мандат, 2 мандата, 5 мандатов, 21 мандат. */
export function ruPlural(n: number, one: string, few: string, many: string): string {
	const a = Math.abs(n) % 100;
	const b = a % 10;
	if (a > 10 && a < 20) return many;
	if (b === 1) return one;
	if (b >= 2 && b <= 4) return few;
	return many;
}
