import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { realDataset } from '$lib/data/fixtures';
import Hemicycle from '$lib/charts/hemicycle/Hemicycle.svelte';
import { simulatorInput } from './simulate';
import { defaultSimulatedChart } from '$lib/charts/simulated/spec';

describe('simulatorInput', () => {
	const input = simulatorInput(realDataset());

	it('offers every election with vote counts, newest first, and says why 2004 is left out', () => {
		expect(input.elections.map((e) => e.id)).toEqual(['2023', '2021', '2016', '2012', '2007']);
		expect(input.omitted).toEqual([
			{
				id: '2004',
				reason: '2004 is left out because only vote shares were published for it, not vote counts'
			}
		]);
	});

	it('takes the chamber designs from the data', () => {
		expect(input.chambers).toEqual({
			mixed: { list: 69, smd: 29, assembly: 0 },
			list: { list: 98, smd: 0, assembly: 0 },
			assembly: { list: 98, smd: 0, assembly: 9 },
			kurultai: { list: 145, smd: 0, assembly: 0 }
		});
		expect(input.designRules.kurultai).toMatchObject({
			thresholdPct: 5,
			method: 'hare',
			methodFound: false,
			inForceFrom: '2026-07-01',
			alternatives: [{ pct: 7, basis: expect.stringContaining('constitution.my') }]
		});
	});

	it('measures 2023 against party votes plus "against all", earlier years against party votes', () => {
		const base = (id: string) => input.elections.find((e) => e.id === id)!.thresholdBase;
		expect(base('2023')).toBe(6_366_441);
		expect(base('2007')).toBe(5_935_625);
	});

	it('names parties as they stood, and gives only votes and seats, no geometry', () => {
		const e2021 = input.elections.find((e) => e.id === '2021')!;
		expect(e2021.parties.find((p) => p.id === 'amanat')!.name).toBe('Nur Otan');
		expect(e2021.parties.find((p) => p.id === 'apk')).toMatchObject({ votes: null, assembly: 9 });
		expect(input.elections[0]!.smdViews).toEqual({
			membership: { amanat: 23, independents: 6 },
			nomination: { amanat: 22, independents: 7 }
		});
		// The whole payload the page hydrates with stays small.
		expect(JSON.stringify(input).length).toBeLessThan(6000);
	});
});

describe('defaultSimulatedChart', () => {
	it('is 2023 as elected: 98 seats, 63 Amanat, one data-party per seat', () => {
		const { meta, data } = defaultSimulatedChart(realDataset());
		expect(meta.id).toBe('simulated-hemicycle');
		expect(meta.title).toBe('2023 votes, 5% threshold, Hare: 98 seats');
		const { body } = render(Hemicycle, { props: { meta, data, standalone: true } });
		expect(body.match(/<circle[^>]* data-party="/g)).toHaveLength(98);
		expect(body.match(/data-party="amanat"/g)).toHaveLength(63);
		expect(body).toContain('seats recomputed by Sailau');
	});
});

describe('in Kazakh and Russian', () => {
	it('names parties, former names and omissions in the language, numbers unchanged', () => {
		const kk = simulatorInput(realDataset(), 'kk');
		const ru = simulatorInput(realDataset(), 'ru');
		const en = simulatorInput(realDataset());
		const names = (input: typeof en, id: string) =>
			input.elections.find((e) => e.id === id)!.parties.map((p) => p.name);
		expect(names(ru, '2023')).toContain('Аманат');
		expect(names(kk, '2021')).toContain('Нұр Отан');
		expect(names(ru, '2021')).toContain('Нур Отан');
		expect(names(ru, '2021')).toContain('Ассамблея народа Казахстана');
		expect(ru.omitted[0]!.reason).toMatch(/^Выборы 2004 года не включены/);
		expect(kk.elections[0]!.source).toMatch(
			/^2023 жылғы дауыстар мен мандаттар: .*мандаттарды Sailau қайта есептеді$/
		);
		expect(ru.assemblyName).toBe('Ассамблея народа Казахстана');
		const votes = (input: typeof en) => input.elections.map((e) => e.parties.map((p) => p.votes));
		expect(votes(kk)).toEqual(votes(en));
	});

	it('gives the default chart in the language', () => {
		const { meta, data } = defaultSimulatedChart(realDataset(), 'ru');
		expect(meta.lang).toBe('ru');
		expect(meta.title).toBe('Голоса 2023 года, барьер 5\u00a0%, Хэйр: 98 мандатов');
		expect(data.majorityLabel).toBe('Большинство: 50 из 98');
	});
});
