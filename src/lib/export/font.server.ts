/**
 * The shipped font as resvg takes it: file paths (resvg-js reads fonts only from files), the
 * family that stands in for any name the SVG asks for, and no system fonts at all, so the PNG
 * bytes do not depend on what a machine has installed.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { EXPORT_FONT_FAMILY } from './font';

/**
 * Relative to the project root, like data/: `vite build` (prerendering), `npm run export`,
 * vitest and Playwright all run from there, while the bundled server code does not sit beside
 * its sources, so `import.meta.url` would not find the files in a build.
 */
export const FONT_DIR = 'src/lib/export/fonts';
export const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'] as const;

export function fontPaths(): string[] {
	return FONT_FILES.map((file) => {
		const path = resolve(FONT_DIR, file);
		// resvg skips a missing font file without a word and would draw the text with nothing.
		if (!existsSync(path))
			throw new Error(`font file ${path} is missing: run from the project root`);
		return path;
	});
}

export function exportFontOptions(): NonNullable<ResvgRenderOptions['font']> {
	return {
		fontFiles: fontPaths(),
		loadSystemFonts: false,
		defaultFontFamily: EXPORT_FONT_FAMILY,
		sansSerifFamily: EXPORT_FONT_FAMILY
	};
}
