/** Breaks text into lines that fit a width, by the same width estimate as the legends. */
import { textWidth } from './legend';

export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
	const measure = (s: string) => textWidth(s, fontSize) * (bold ? 1.08 : 1);
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && measure(next) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line || !lines.length) lines.push(line);
	return lines;
}
