/**
 * Sailau's mark: six seats on an arc in a rounded square, the last one lit. Drawn in the site's
 * header (+layout.svelte) and on the social cards (src/lib/export/card.server.ts) from these
 * numbers, in a 32 × 32 box.
 */
export const MARK = {
	size: 32,
	radius: 6,
	fill: '#0b3d5c',
	seat: 2.4,
	ink: '#fff',
	lit: '#7fd1ff',
	seats: [
		[6, 24],
		[8.5, 16],
		[13.5, 10],
		[20.5, 10],
		[25.5, 16],
		[28, 24]
	]
} as const;
