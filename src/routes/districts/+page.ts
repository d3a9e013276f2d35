// Served without SvelteKit's client: the table is prerendered in district order, and the page
// script (src/lib/enhance/sort.ts) sorts it by a column.
export const csr = false;
