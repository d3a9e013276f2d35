/**
 * What a party was called at an election, from the lineage in data/parties.json, so that charts
 * can say "Nur Otan (now Amanat)" or "Amanat (then Nur Otan)" without typing either name.
 */
import type { Lang, LineageStep as Step, Party } from '$lib/data/types';
import { translator } from '$lib/i18n/text';

/** A lineage name without its parenthetical remark: "Democratic Party (2004)" → "Democratic Party". */
function bare(name: string): string {
	return name
		.replace(/\s*\([^)]*\)/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

const same = (x: string, y: string) => bare(x).toLowerCase() === bare(y).toLowerCase();

/**
 * A name from the party's lineage in `lang`, as data/parties.json writes it in Kazakh and Russian,
 * without its remark; a name the lineage does not know stays as written.
 */
export function lineageName(party: Party, name: string, lang: Lang): string {
	if (lang === 'en') return name;
	const step = party.lineage.find((s) => same(s.name, name));
	return step?.names ? bare(step.names[lang]) : name;
}

/** Dates in lineage are "2004", "2006-07" or "2006-12-22"; compare at the precision given. */
function onOrAfter(date: string, bound: string): boolean {
	return date.slice(0, bound.length) >= bound;
}

function inEffect(step: Step, date: string): boolean {
	if (!step.from && !step.to) return false;
	return (!step.from || onOrAfter(date, step.from)) && (!step.to || !onOrAfter(date, step.to));
}

/** The lineage step a party was in at an election: by the name it stood under, else by dates. */
export function stepAt(party: Party, date: string, nameAtElection?: string): Step | undefined {
	const byName = nameAtElection
		? party.lineage.find((s) => same(s.name, nameAtElection))
		: undefined;
	return byName ?? party.lineage.findLast((s) => inEffect(s, date));
}

/**
 * The party's name at an election when it differs from the name it has now, else null.
 * @param current the name the site uses for the party today (its short name)
 */
export function formerName(
	party: Party,
	date: string,
	nameAtElection: string | undefined,
	current: string
): string | null {
	const last = party.lineage.at(-1);
	const step = stepAt(party, date, nameAtElection);
	if (!step || !last || step === last) return null;
	const name = bare(step.name);
	return same(name, current) || same(name, last.name) ? null : name;
}

/**
 * "merged into Otan (now Amanat) in 2006" for a party that merged into another, else null.
 * @param shortName the site's current name for a party id, in `lang`
 */
export function mergerNote(
	party: Party,
	parties: Party[],
	shortName: (id: string) => string,
	lang: Lang = 'en'
): string | null {
	const m = translator(lang);
	const into = party.mergedInto ? parties.find((p) => p.id === party.mergedInto) : undefined;
	if (!into) return null;
	const now = shortName(into.id);
	const when = party.lineage.findLast((s) => s.to)?.to;
	if (!when) return m('cmp_merged_later', { now });
	const then = formerName(into, when, undefined, into.short.en);
	return m('cmp_merged_into', {
		into: then
			? m('cmp_name_then', { then: lineageName(into, then, lang), now, current: 'yes' })
			: now,
		year: when.slice(0, 4)
	});
}
