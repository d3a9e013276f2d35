// Served without SvelteKit's client: everything on this page is prerendered, and the page
// script (src/lib/enhance/main.ts) adds tooltips and the theme switch. See README, Performance.
export const csr = false;
