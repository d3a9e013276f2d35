import { describe, expect, it } from 'vitest';
import head from './head.js?raw';
import { inline } from './inline.js';

describe('inline', () => {
	it('drops whole-line comments and indentation, and keeps code and strings intact', () => {
		const source = "// about\n{\n\t// why\n\tconst a = 'x//y'; // kept\n\n\tf(a);\n}\n";
		expect(inline(source)).toBe("{\nconst a = 'x//y'; // kept\nf(a);\n}");
	});

	it('leaves the head script whole: it still parses, and only its comments are gone', () => {
		const script = inline(head);
		expect(() => new Function(script)).not.toThrow();
		expect(script).not.toMatch(/^\/\//m);
		expect(script).toContain("addEventListener('load'");
		expect(script.length).toBeLessThan(head.length / 2);
	});
});
