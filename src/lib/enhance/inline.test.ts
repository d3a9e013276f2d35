import { describe, expect, it } from 'vitest';
import head from './head.js?raw';
import { inline } from './inline.js';

describe('inline', () => {
	it('minifies, keeping behaviour and strings intact', () => {
		const source = "// about\n{\n\t// why\n\tconst label = 'x//y';\n\n\tresult.push(label);\n}\n";
		const script = inline(source, 'test.js');
		expect(script).not.toContain('about');
		expect(script.length).toBeLessThan(source.length);
		const result: string[] = [];
		new Function('result', script)(result);
		expect(result).toEqual(['x//y']);
	});

	it('leaves the head script whole: it parses, declares no globals, and keeps its work', () => {
		const script = inline(head, 'head.js');
		expect(() => new Function(script)).not.toThrow();
		expect(script).toMatch(/^\{[\s\S]*\}$/);
		for (const kept of ['sailau-theme', 'sailau-script', 'load', 'paint'])
			expect(script).toContain(kept);
		expect(script.length).toBeLessThan(head.length / 2);
	});

	it('stops on a script that does not parse, naming the file', () => {
		expect(() => inline('{ let = ; }', 'src/lib/enhance/broken.js')).toThrow(
			/src\/lib\/enhance\/broken\.js/
		);
	});
});
