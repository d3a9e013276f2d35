import { describe, expect, it } from 'vitest';
import { collapse, type Act } from './app-wake';

const act = (control: string, type: string, value: string): Act<string> => ({
	control,
	type,
	value,
	checked: false
});

describe('collapse', () => {
	it('keeps the last of a run of the same event on the same control', () => {
		const drag = ['5.1', '5.2', '5.3'].map((v) => act('slider', 'input', v));
		expect(collapse(drag)).toEqual([act('slider', 'input', '5.3')]);
	});

	it('keeps acts on other controls, and other events, in their order', () => {
		const acts = [
			act('slider', 'input', '6'),
			act('slider', 'change', '6'),
			act('method', 'change', 'dhondt'),
			act('slider', 'input', '7'),
			act('slider', 'input', '7.5')
		];
		expect(collapse(acts)).toEqual([
			act('slider', 'input', '6'),
			act('slider', 'change', '6'),
			act('method', 'change', 'dhondt'),
			act('slider', 'input', '7.5')
		]);
	});

	it('has nothing to do when nothing was done', () => {
		expect(collapse([])).toEqual([]);
	});
});
