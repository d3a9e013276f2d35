/**
 * The font family of the exported files. Its two TrueType files ship in ./fonts (regular and
 * bold; see fonts/README.md), resvg draws the PNGs with them and nothing else, and the standalone
 * SVG names it first, so a chart's PNG has the same bytes on every machine.
 */
export const EXPORT_FONT_FAMILY = 'DejaVu Sans';
