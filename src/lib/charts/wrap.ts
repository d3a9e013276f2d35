/**
 * A conservative width estimate for system-ui text; SVG text cannot be measured on the server.
 * Cyrillic letters (U+0400–U+04FF: zhe, sha, yeru, yu…) run wider than Latin ones, so they
 * count a little more.
 */
export function textWidth(text: string, fontSize = 12): number {
	const base = text.length * fontSize * 0.58;
	const cyrillic = text.match(/[\u0400-\u04ff]/g)?.length ?? 0;
	return cyrillic ? base + cyrillic * fontSize * 0.06 : base;
}

/**
 * Breaks text into lines no wider than `width` (estimated: SVG text cannot be measured on the
 * server), at spaces; a word longer than a line gets a line of its own.
 */
export function wrapText(text: string, width: number, fontSize = 11): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, fontSize) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}
