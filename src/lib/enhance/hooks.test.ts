import { describe, expect, it } from 'vitest';
import { attr, hook, read, sel } from './hooks';

describe('hooks', () => {
	it('names each attribute in kebab case', () => {
		expect(attr('tip')).toBe('data-tip');
		expect(attr('panelFor')).toBe('data-panel-for');
		expect(attr('pairNoteText')).toBe('data-pair-note-text');
	});

	it('makes attributes to spread, selectors and readers that agree', () => {
		expect(hook('lang', 'kk')).toEqual({ 'data-lang': 'kk' });
		expect(hook('swap')).toEqual({ 'data-swap': '' });
		expect(hook('sortValue', 12)).toEqual({ 'data-sort-value': '12' });
		expect(sel('regionRow')).toBe('[data-region-row]');
		expect(sel('region', 'KZ-35')).toBe('[data-region="KZ-35"]');
		const el = { getAttribute: (n: string) => (n === 'data-city' ? 'KZ-75' : null) } as Element;
		expect(read(el, 'city')).toBe('KZ-75');
		expect(read(el, 'region')).toBeNull();
	});

	it('refuses a name that is not a hook, at compile time', () => {
		// @ts-expect-error: 'tooltip' is not a hook (svelte-check fails if this line type-checks)
		expect(attr('tooltip')).toBe('data-tooltip');
	});
});
