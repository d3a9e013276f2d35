// Served without SvelteKit's client: prerendered pages, enhanced by the page script (tooltips,
// theme, language links), as /votes/ is.
export const csr = false;
