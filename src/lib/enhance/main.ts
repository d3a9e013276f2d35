/**
 * Sailau's page script. Pages are prerendered and most are served without SvelteKit's client
 * (`csr = false`, for the performance budget): this one small script adds what needs JavaScript
 * on every page (theme switch, tooltips, language links keeping the state), and each page's own
 * enhancement when its hooks (./hooks.ts) are present: the compare picker, the map's unit panel,
 * sortable tables, the embed snippets' copy buttons. Embed pages load embed-page.ts instead.
 * Pages that stay live (the simulator) load it too, so
 * these behaviours have a single implementation.
 *
 * It is bundled by Vite as a separate file through `?worker&url` (see +layout.svelte): a
 * self-contained script with a hashed name, named by the page's `<meta name="sailau-script">` and
 * loaded by the head script (./head.js) once the page has loaded; the CSP's 'self' allows it.
 */
import { installAppWake } from './app-wake';
import { installPairPicker } from './compare';
import { installCopyButtons } from './embed';
import { installLangLinks } from './lang-links';
import { installMap } from './map';
import { showCurrentNav } from './nav';
import { installSort } from './sort';
import { installThemeToggle } from './theme';
import { installTooltips } from './tooltip';

// First, while the page's layout is still clean: it reads the navigation's size.
showCurrentNav(document);
installThemeToggle(document);
installTooltips(document);
installLangLinks(document, location);
installSort(document);
installCopyButtons(document);
installAppWake(document, window);
const leaving =
	installPairPicker(document, location) === 'leaving' ||
	installMap(document, location, history) === 'leaving';
// Marks a page that listens (the tests wait for it); not one that is being replaced.
if (!leaving) document.documentElement.dataset.enhanced = '';
