/**
 * The site's public origin: where the prerendered build is served. Embed snippets and oEmbed
 * files are the only things that need absolute addresses (they are pasted on other sites).
 * Set this before deploying (README, "Embeds and oEmbed").
 */
export const SITE_ORIGIN = 'https://sailau.example';
