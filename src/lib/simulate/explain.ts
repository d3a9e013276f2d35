/**
 * The sentences under the simulated chamber, written from the numbers: what the rules change,
 * who stays out or gets in, where their seats go, and who holds a majority. The words of each
 * language are in text.ts; this module decides what is said.
 */
import type { Lang } from '$lib/data/types';
import { majority } from '$lib/data/derive';
import { electedSettings, type ChangeRow, type Chamber, type Simulation } from './model';
import { simText, thresholdText } from './text';

/** "a, b and c" */
export function joinList(items: string[], lang: Lang = 'en'): string {
	return simText(lang).joinList(items);
}

/** "69 list and 29 single-mandate seats" */
export function chamberPhrase(c: Chamber, lang: Lang = 'en'): string {
	return simText(lang).chamberPhrase(c);
}

export function methodPhrase(method: Simulation['settings']['method'], lang: Lang = 'en'): string {
	return simText(lang).methodPhrase(method);
}

function isSame(a: Set<string>, rows: ChangeRow[]) {
	return a.size === rows.length && rows.every((r) => a.has(r.id));
}

export function explain(sim: Simulation, lang: Lang = 'en'): string {
	const w = simText(lang);
	const { settings: s, election: e, chamber } = sim;
	const named = (row: { id: string; name: string }) =>
		row.id === 'independents' ? w.selfNominated : w.article(row.id, row.name);
	const list = (rows: ChangeRow[], value: (r: ChangeRow) => string) =>
		w.joinList(rows.map((r) => `${named(r)} (${value(r)})`));
	const withPct = (rows: ChangeRow[]) => list(rows, (r) => w.pct(r.pct));
	const withChange = (rows: ChangeRow[]) => list(rows, (r) => w.signed(r.change));
	const plural = (rows: ChangeRow[]) => rows.length > 1 || rows[0]?.id === 'independents';
	const threshold = thresholdText(s.thresholdPct, lang);

	const elected = electedSettings(e);
	const rules: string[] = [];
	if (s.thresholdPct !== elected.thresholdPct) rules.push(w.thresholdRule(threshold));
	if (s.method !== elected.method) rules.push(w.methodRule(s.method));
	if (s.design !== elected.design) rules.push(w.designRule(s.design, chamber));

	const gains = sim.changes.filter((r) => r.change > 0);
	const losses = sim.changes.filter((r) => r.change < 0);
	const listed = (id: string) => (e.parties.find((p) => p.id === id)?.list ?? 0) > 0;
	const outs = sim.changes.filter((r) => r.pct !== null && !r.eligible && listed(r.id));
	const ins = sim.changes.filter((r) => r.pct !== null && !listed(r.id) && r.simulated > 0);
	const gained = gains.reduce((t, r) => t + r.change, 0);
	const lost = -losses.reduce((t, r) => t + r.change, 0);

	const flows = () =>
		gained === lost
			? w.move(lost, withChange(losses), withChange(gains))
			: w.gainLose(
					gains.length ? withChange(gains) : null,
					plural(gains),
					losses.length ? withChange(losses) : null,
					plural(losses)
				);

	const sentences: string[] = [];
	if (rules.length === 0) {
		const same = gains.length === 0 && losses.length === 0;
		const own = [
			w.thresholdOwn(threshold),
			w.methodPhrase(s.method),
			w.chamberPhrase(chamber)
		].join(', ');
		sentences.push(w.sameRules(e.id, own, same));
		if (!same) sentences.push(`${capital(flows())}.`);
	} else {
		const clauses: string[] = [];
		if (outs.length) clauses.push(w.stayOut(withPct(outs), plural(outs)));
		if (ins.length) clauses.push(w.getIn(withPct(ins), plural(ins), s.design));
		const joined = w.joinList(clauses);
		let outcome: string;
		if (gains.length === 0 && losses.length === 0) outcome = w.keepAll(joined);
		else if (outs.length && gained === lost && isSame(new Set(outs.map((r) => r.id)), losses))
			outcome = w.outsGiveTo(joined, plural(outs), lost, withChange(gains));
		else if (ins.length && gained === lost && isSame(new Set(ins.map((r) => r.id)), gains))
			outcome = w.insTakeFrom(joined, gained, withChange(losses));
		else outcome = w.clausesThen(joined, flows());
		sentences.push(w.withRules(w.joinList(rules), outcome));
	}

	const over = sim.changes.filter((r) => r.eligible);
	if (over.length === 0) sentences.push(w.noneOver);
	else if (over.length === 1 && sim.allocation.length > 1)
		sentences.push(w.onlyOne(named(over[0]!)));
	if (sim.total !== sim.electedTotal) sentences.push(w.size(sim.total, sim.electedTotal));
	const top = [...sim.changes].sort((a, b) => b.simulated - a.simulated)[0];
	if (top && top.simulated > 0) {
		const need = majority(sim.total);
		sentences.push(
			w.majority({
				name: capital(named(top)),
				seats: top.simulated,
				total: sim.total,
				need,
				elected: top.elected !== top.simulated ? top.elected : null,
				holds: top.simulated >= need
			})
		);
	}
	return sentences.join(' ');
}

function capital(text: string): string {
	return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}
