/**
 * Splits a compiled message into text and tagged parts: "see the <link>data page</link>." →
 * text "see the ", tag link "data page", text ".". Tags are names in angle brackets, not HTML,
 * and do not nest; Msg.svelte renders each through a snippet of the same name.
 */
export type Part = { text: string; tag?: string };

const TAG = /<(\w+)>(.*?)<\/\1>/gs;

export function splitTags(message: string): Part[] {
	const parts: Part[] = [];
	let last = 0;
	for (const match of message.matchAll(TAG)) {
		if (match.index > last) parts.push({ text: message.slice(last, match.index) });
		parts.push({ tag: match[1]!, text: match[2]! });
		last = match.index + match[0].length;
	}
	if (last < message.length) parts.push({ text: message.slice(last) });
	return parts;
}

/** The tag names a message uses, for the catalogue tests. */
export const tagNames = (message: string) => splitTags(message).flatMap((p) => p.tag ?? []);
