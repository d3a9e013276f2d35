/** The neutral inks every chart shares (standalone SVG files carry colours, not CSS variables). */
export const GRID = '#d5dbe0';
export const MUTED = '#4f5b66';
