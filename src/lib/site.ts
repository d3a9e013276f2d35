/**
 * The site's public origin: where the prerendered build is served. Embed snippets, oEmbed files
 * and the social-card tags (og:url, og:image) are the only things that need absolute addresses
 * (they are pasted on, or read by, other sites). Set this before deploying (README, "Embeds and
 * oEmbed").
 */
export const SITE_ORIGIN = 'https://sailau.example';
