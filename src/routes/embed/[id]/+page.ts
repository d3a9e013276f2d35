// The page script adds tooltips, ?theme= and the height messages: no SvelteKit client.
export const csr = false;
