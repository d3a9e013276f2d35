// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		interface PageData {
			/** The page's title, description and main chart, written into <head> by the root layout. */
			head?: import('$lib/embed/head').PageHead;
		}
		// interface PageState {}
		// interface Platform {}
	}
}

// HTML's `blocking="render"` (the root layout's <link rel="expect">), not yet in Svelte's types.
declare module 'svelte/elements' {
	interface HTMLLinkAttributes {
		blocking?: 'render' | null;
	}
}

export {};
