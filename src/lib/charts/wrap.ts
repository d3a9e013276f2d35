/** A conservative width estimate for system-ui text; SVG text cannot be measured on the server. */
export function textWidth(text: string, fontSize = 12): number {
	return text.length * fontSize * 0.58;
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
