// Served without SvelteKit's client, for the performance budget: the page is prerendered and the
// page script (src/lib/enhance/compare.ts) makes the pair picker work. See README, Performance.
export const csr = false;
