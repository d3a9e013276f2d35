/**
 * Parliament (hemicycle) layout: N seats on concentric half-rings, grouped into wedges read left
 * to right. Pure geometry, no DOM: the caller draws one circle per returned seat.
 *
 * How it works: the number of rows is chosen so that the gap between rows and the gap between
 * neighbours on a row come out about equal; seats are shared among rows in proportion to each
 * row's length (largest remainder, so the total is exact); every seat is then sorted by angle
 * and handed out to the groups in order, so each group fills a wedge. Groups that share a
 * `wedge` key split that wedge from the inner rows outward, in the order given.
 * The seat radius is under half the smallest distance between any two seat centres, so seats
 * never overlap.
 */
export interface SeatGroup {
	id: string;
	count: number;
	/** Consecutive groups with the same wedge share one wedge, the first group on the inner rows. */
	wedge?: string;
}

export interface LayoutOptions {
	/** Width of the drawing; the height is about half of it. Default 600. */
	width?: number;
	/** Radius of the innermost row as a share of the outermost. Default 0.4. */
	innerRatio?: number;
	/** Seat diameter as a share of the smallest centre distance. Default 0.86. */
	fill?: number;
}

export interface Seat {
	x: number;
	y: number;
	r: number;
	/** Index of the group in the input. */
	group: number;
	row: number;
}

export interface Layout {
	seats: Seat[];
	width: number;
	height: number;
	rows: number;
	/** Seats in each row, inner to outer. */
	rowCounts: number[];
	/** Centre of the half-rings (the middle of the floor line). */
	cx: number;
	cy: number;
	outerRadius: number;
	innerRadius: number;
}

const round = (v: number) => Math.round(v * 100) / 100;
/**
 * Seat centres to a tenth of a unit: a chamber is 600 units wide and drawn at most about 600 px
 * wide, so a seat is at most 0.05 px off; the second decimal of every seat cost about 200 B of
 * brotli on a compare page, which must arrive in one round trip. Rounding moves a centre by up to
 * 0.05 on each axis (0.071 in all), so two neighbours come up to 0.142 closer and a seat 0.05
 * nearer an edge: the radius gives back SLACK, so that seats still never overlap or leave the box.
 */
const round1 = (v: number) => Math.round(v * 10) / 10;
const SLACK = 0.08;

/** Rows for n seats: row gap ≈ seat gap along the rows. */
export function rowCount(n: number, innerRatio = 0.4): number {
	if (n <= 0) return 0;
	const target = (2 * n * (1 - innerRatio)) / (Math.PI * (1 + innerRatio));
	let rows = 1;
	while (rows * (rows - 1) < target) rows++;
	// Every row needs at least two seats to span it, except a lone seat.
	return Math.max(1, Math.min(rows, Math.ceil(n / 2)));
}

/** Shares n seats among rows in proportion to their radii; every row gets at least one. */
export function seatsPerRow(n: number, radii: number[]): number[] {
	const total = radii.reduce((a, b) => a + b, 0);
	const exact = radii.map((r) => (r / total) * n);
	const counts = exact.map((e) => Math.max(1, Math.floor(e)));
	let left = n - counts.reduce((a, b) => a + b, 0);
	const order = exact
		.map((e, i) => ({ i, rem: e - Math.floor(e) }))
		.sort((a, b) => b.rem - a.rem || b.i - a.i);
	for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k]!.i]! += 1;
	// Taking seats back (only when the minimum of one pushed us over): from the inner rows first.
	for (let i = 0; left < 0; i = (i + 1) % counts.length) {
		if (counts[i]! > 1) {
			counts[i]! -= 1;
			left++;
		}
	}
	return counts;
}

export function parliamentLayout(groups: SeatGroup[], options: LayoutOptions = {}): Layout {
	const width = options.width ?? 600;
	const innerRatio = options.innerRatio ?? 0.4;
	const fill = options.fill ?? 0.86;
	for (const g of groups) {
		if (!Number.isInteger(g.count) || g.count < 0)
			throw new RangeError(`group "${g.id}" has ${g.count} seats`);
	}
	const n = groups.reduce((s, g) => s + g.count, 0);
	const rows = rowCount(n, innerRatio);
	const radii = Array.from({ length: rows }, (_, i) =>
		rows === 1 ? 1 : innerRatio + ((1 - innerRatio) * i) / (rows - 1)
	);
	const rowCounts = rows ? seatsPerRow(n, radii) : [];

	// Smallest distance between two seat centres, in units of the outer radius.
	let minGap = rows > 1 ? (1 - innerRatio) / (rows - 1) : 2;
	rowCounts.forEach((count, i) => {
		if (count > 1) minGap = Math.min(minGap, 2 * radii[i]! * Math.sin(Math.PI / (count - 1) / 2));
	});
	const seatR = Math.min((minGap * fill) / 2, 0.25);
	const outer = width / 2 / (1 + seatR);
	const cx = width / 2;
	const cy = outer * (1 + seatR);

	const positions: { angle: number; radius: number; row: number }[] = [];
	rowCounts.forEach((count, row) => {
		for (let j = 0; j < count; j++) {
			const angle = count === 1 ? Math.PI / 2 : Math.PI - (j * Math.PI) / (count - 1);
			positions.push({ angle, radius: radii[row]!, row });
		}
	});
	// Left to right; on equal angles, inner rows first.
	positions.sort((a, b) => b.angle - a.angle || a.radius - b.radius);

	const seats: Seat[] = [];
	let next = 0;
	for (let g = 0; g < groups.length;) {
		// Collect the run of groups sharing one wedge.
		let end = g + 1;
		const wedge = groups[g]!.wedge;
		while (wedge !== undefined && end < groups.length && groups[end]!.wedge === wedge) end++;
		const size = groups.slice(g, end).reduce((s, x) => s + x.count, 0);
		const slice = positions
			.slice(next, next + size)
			.sort((a, b) => a.radius - b.radius || b.angle - a.angle);
		next += size;
		let k = 0;
		for (let member = g; member < end; member++) {
			for (let c = 0; c < groups[member]!.count; c++, k++) {
				const p = slice[k]!;
				seats.push({
					x: round1(cx + Math.cos(p.angle) * p.radius * outer),
					y: round1(cy - Math.sin(p.angle) * p.radius * outer),
					r: round(seatR * outer - SLACK),
					group: member,
					row: p.row
				});
			}
		}
		g = end;
	}
	return {
		seats,
		width,
		height: round(cy + seatR * outer),
		rows,
		rowCounts,
		cx: round(cx),
		cy: round(cy),
		outerRadius: round(outer),
		innerRadius: round(outer * (rows === 1 ? 1 : innerRatio))
	};
}
