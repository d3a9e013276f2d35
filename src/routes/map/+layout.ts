// The map pages are served without SvelteKit's client, for the performance budget: each layer
// is a prerendered page, and the page script (src/lib/enhance/map.ts) opens a unit's panel.
export const csr = false;
