/**
 * How long the parliament layout takes for a chamber of 300 and of 3,000 seats, split into
 * seven groups as a real chamber is. Run with `npm run bench`.
 */
import { bench, describe } from 'vitest';
import { parliamentLayout, type SeatGroup } from './layout';

/** n seats in seven groups of uneven size, the last taking the remainder. */
function chamber(n: number): SeatGroup[] {
	const shares = [0.05, 0.04, 0.08, 0.64, 0.06, 0.06];
	const groups = shares.map((s, i) => ({ id: `g${i}`, count: Math.floor(n * s) }));
	const used = groups.reduce((a, g) => a + g.count, 0);
	return [...groups, { id: 'rest', count: n - used }];
}

describe('parliamentLayout', () => {
	for (const n of [300, 3000]) {
		const groups = chamber(n);
		bench(`parliamentLayout: ${n.toLocaleString('en-GB')} seats`, () => {
			parliamentLayout(groups, { width: 600 });
		});
	}
});
