/** Rounds a coordinate to 2 decimals, so that emitted SVG stays small and stable. */
export function round2(v: number): number {
	return Math.round(v * 100) / 100;
}
