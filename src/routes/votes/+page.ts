// Nothing on this page needs SvelteKit's client: served without it (the page script adds
// tooltips, the theme switch and language links).
export const csr = false;
