/**
 * Interim turnout by region at a vote other than the Majilis elections, drawn on the regional
 * map's shapes by its component and turnout layer (charts/map): one state per vote and report
 * time (files turnout-map-<state>). A unit not found is hatched; a region created after the vote
 * is filled with the figure of the region it was part of, as the map page compares such regions.
 */
import type { Dataset } from '$lib/data/types';
import type { TurnoutSeries } from '$lib/data/vote-turnout';
import { dataPath, FILES } from '$lib/data/files';
import { formatDate, formatFixed, formatList, formatPct } from '$lib/format';
import { catalogue } from '$lib/i18n/text';
import { defineChart } from '../spec';
import { catalogEntry, sourceLine } from '../source-line';
import { wrapText } from '../wrap';
import RegionMap from '../map/RegionMap.svelte';
import type { RegionMapData } from '../map/spec';
import { turnoutValueLayer, NOT_FOUND_FILL, type TurnoutUnit } from '../map/build';
import { mapBaseOf } from '../map/units';
import { slugOf } from '../ballot/pages';
import { voteName } from '../national-turnout/spec';
import type raw from './messages.json';
import compiled from './messages.json?icu&server';

const words = catalogue<keyof typeof raw.en>(compiled);

/** The state of a series: "president-2022-2200", "referendum-2026-1800", "referendum-2022-close". */
export function seriesState(data: Dataset, s: TurnoutSeries): string {
	const vote = data.nationalVotes.find((v) => v.id === s.voteId)!;
	const kind = vote.kind === 'presidential' ? 'president' : vote.kind;
	return `${kind}-${slugOf(vote, data)}-${s.key}`;
}

/** The series drawn as maps: those with units, in the order of the file. */
export function mappedSeries(data: Dataset): TurnoutSeries[] {
	return data.voteTurnout.filter((s) => s.units.length > 0);
}

function seriesOf(data: Dataset, state: string): TurnoutSeries {
	const s = mappedSeries(data).find((x) => seriesState(data, x) === state);
	if (!s) throw new Error(`No regional turnout series "${state}"`);
	return s;
}

export interface VoteMapRow {
	id: string;
	name: string;
	turnout: number | null;
	/** The unit as the report names it, or the region it was part of on the day. */
	reportedAs: string | null;
	partOf: string | null;
	confidence: string | null;
	source: string | null;
}

const FOOT_LINE = 14;

export const voteMap = defineChart<RegionMapData, VoteMapRow, string>({
	id: 'turnout-map',
	states: (data) => mappedSeries(data).map((s) => seriesState(data, s)),
	fileId: (state) => `turnout-map-${state}`,
	component: RegionMap,
	build(data, lang, state) {
		const say = words(lang);
		const series = seriesOf(data, state);
		const vote = data.nationalVotes.find((v) => v.id === series.voteId)!;
		const at = say('at', { time: series.closeOfPolls ? 'close' : series.time });
		const regions = data.regions
			.map((r) => ({ ...r, name: r.names[lang] }))
			.sort((a, b) => a.name.localeCompare(b.name, lang));
		const nameOf = (id: string) => regions.find((r) => r.id === id)?.name ?? id;
		const date = formatDate(vote.date, lang);
		const later = data.regionChanges.splits.filter((s) => vote.date < s.date);
		const rows: VoteMapRow[] = [];
		const units: TurnoutUnit[] = regions.map((r) => {
			const split = later.find((s) => s.regionId === r.id);
			const own = series.units.find((u) => u.regionId === (split ? split.fromId : r.id));
			const value = own?.turnoutPct ?? null;
			const pct = formatPct(value, 2, lang);
			const parent = split ? nameOf(split.fromId) : null;
			rows.push({
				id: r.id,
				name: r.name,
				turnout: value,
				reportedAs: own?.region ?? null,
				partOf: parent,
				confidence: own?.confidence ?? null,
				source: own?.source ?? null
			});
			const tip = parent
				? say('tip_part_of', { parent, date, pct, at })
				: value === null
					? say('tip_missing', { at })
					: say('tip_turnout', { at, pct });
			return {
				id: r.id,
				name: r.name,
				kind: r.kind,
				value,
				tip: `${r.name}\n${tip}`,
				hatch: value === null && !parent
			};
		});
		const missing = units.filter((u) => u.hatch).length;
		const layer = turnoutValueLayer(mapBaseOf(data, regions), units, lang, {
			id: state,
			rampTitle: say('ramp', { at }),
			hatchNote: missing ? say('hatch') : null,
			hatchFill: NOT_FOUND_FILL
		});
		let base = mapBaseOf(data, regions);
		if (later.length) {
			const ramp = layer.ramp!;
			const x = ramp.x + ramp.width + 28;
			const note = say('split_note', {
				list: formatList(
					later.map((s) => nameOf(s.regionId)),
					lang
				),
				date
			});
			const lines = wrapText(note, base.width - x - 12, 11);
			layer.footnotes = lines.map((text, i) => ({ x, y: ramp.y + 30 + i * FOOT_LINE, text }));
			base = { ...base, height: Math.max(base.height, ramp.y + 30 + lines.length * FOOT_LINE) };
		}
		const known = rows.filter((r) => r.turnout !== null && !r.partOf);
		const sorted = [...known].sort((a, b) => a.turnout! - b.turnout!);
		const [lo, hi] = [sorted[0], sorted.at(-1)];
		const vname = voteName(vote, lang);
		const boundaries = catalogEntry(data, FILES.topology).attribution;
		if (!boundaries)
			throw new Error(`${dataPath(FILES.catalog)}: no attribution for ${FILES.topology}`);
		return {
			meta: {
				id: `turnout-map-${state}`,
				lang,
				title: say('title', { at, vote: vname }),
				desc: say('desc', {
					at,
					found: known.length,
					units: regions.length,
					missing: missing || 'none',
					lo: lo ? `${lo.name} ${formatPct(lo.turnout, 2, lang)}` : '–',
					hi: hi ? `${hi.name} ${formatPct(hi.turnout, 2, lang)}` : '–',
					final: formatPct(vote.turnoutPct, 2, lang)
				}),
				source: `${sourceLine(catalogEntry(data, FILES.voteTurnout).sources.filter((s) => s.date === vote.date))}. ${boundaries}`
			},
			data: { base, layer },
			rows,
			caption: say('caption', { at, vote: vname })
		};
	},
	columns: [
		{ key: 'region_id', value: (r) => r.id },
		{ key: 'name', label: (lang) => words(lang)('col_region'), value: (r) => r.name },
		{
			key: 'turnout_interim_pct',
			label: (lang) => words(lang)('col_turnout'),
			kind: 'pct',
			value: (r) => r.turnout,
			display: (r, lang) =>
				r.turnout === null
					? words(lang)('not_found')
					: `${formatFixed(r.turnout, 2, lang)}${r.partOf ? ` (${r.partOf})` : ''}`
		},
		{ key: 'reported_as', value: (r) => r.reportedAs },
		{ key: 'part_of_on_vote_day', value: (r) => r.partOf },
		{ key: 'confidence', value: (r) => r.confidence },
		{ key: 'source', value: (r) => r.source }
	]
});
