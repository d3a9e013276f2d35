/**
 * The page script of an embed page (/embed/<id>/, the figure alone in another site's frame).
 * Such a page has no theme switch, language links, pickers, map panels or sortable tables, so
 * it loads only what it uses of main.ts: the tooltips, and the frame's part (the height sent to
 * the framing page; the theme from the address is applied earlier, by ./head.js). A third of
 * the bytes of the full page script, so that an embed stays within 15 KB gzip with all it loads
 * (tests/budget.spec.ts).
 */
import { installFrame } from './embed';
import { installTooltips } from './tooltip';

installTooltips(document);
installFrame(document, window);
document.documentElement.dataset.enhanced = '';
