/**
 * The sentences under the simulated chamber, written from the numbers: what the rules change,
 * who stays out or gets in, where their seats go, and who holds a majority.
 */
import { METHOD_NAME } from '$lib/electoral/allocate';
import { majority } from '$lib/data/derive';
import { formatPct, formatSigned } from '$lib/format';
import {
	electedSettings,
	formatThreshold,
	type ChangeRow,
	type Chamber,
	type Design,
	type Simulation
} from './model';

/** Names that read with "the" in a sentence. */
const WITH_ARTICLE = new Set(['ppk', 'patriots', 'aist', 'opp_communists_dck', 'apk']);

function named(row: { id: string; name: string }): string {
	if (row.id === 'independents') return 'the self-nominated';
	return WITH_ARTICLE.has(row.id) ? `the ${row.name}` : row.name;
}

/** "a, b and c" */
export function joinList(items: string[]): string {
	return items.length < 2
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const plural = (rows: ChangeRow[]) => rows.length > 1 || rows[0]?.id === 'independents';
const withPct = (r: ChangeRow) => `${named(r)} (${formatPct(r.pct)})`;
const withChange = (r: ChangeRow) => `${named(r)} (${formatSigned(r.change)})`;
const seatsWord = (n: number) => `${n} seat${n === 1 ? '' : 's'}`;

export function designPhrase(design: Design, c: Chamber): string {
	if (design === 'mixed')
		return `${c.list} list seats plus the ${c.smd} single-mandate seats as elected`;
	if (design === 'list') return `all ${c.list} seats filled from the party lists`;
	return `${c.list} list seats plus ${c.assembly} chosen by the Assembly of the People`;
}

/** "69 list and 29 single-mandate seats" */
export function chamberPhrase(c: Chamber): string {
	const parts = [
		`${c.list} list`,
		c.smd ? `${c.smd} single-mandate` : '',
		c.assembly ? `${c.assembly} Assembly` : ''
	].filter(Boolean);
	return `${joinList(parts)} seats`;
}

export function methodPhrase(method: Simulation['settings']['method']): string {
	return method === 'hare'
		? 'largest remainders with the Hare quota'
		: `${METHOD_NAME[method]}'s divisors`;
}

function isSame(a: Set<string>, rows: ChangeRow[]) {
	return a.size === rows.length && rows.every((r) => a.has(r.id));
}

export function explain(sim: Simulation): string {
	const { settings: s, election: e, chamber } = sim;
	const elected = electedSettings(e);
	const rules: string[] = [];
	if (s.thresholdPct !== elected.thresholdPct)
		rules.push(`a ${formatThreshold(s.thresholdPct)}% threshold`);
	if (s.method !== elected.method) rules.push(methodPhrase(s.method));
	if (s.design !== elected.design) rules.push(designPhrase(s.design, chamber));

	const gains = sim.changes.filter((r) => r.change > 0);
	const losses = sim.changes.filter((r) => r.change < 0);
	const listed = (id: string) => (e.parties.find((p) => p.id === id)?.list ?? 0) > 0;
	const outs = sim.changes.filter((r) => r.pct !== null && !r.eligible && listed(r.id));
	const ins = sim.changes.filter((r) => r.pct !== null && !listed(r.id) && r.simulated > 0);
	const gained = gains.reduce((t, r) => t + r.change, 0);
	const lost = -losses.reduce((t, r) => t + r.change, 0);

	const sentences: string[] = [];
	if (rules.length === 0) {
		const same = gains.length === 0 && losses.length === 0;
		sentences.push(
			`These are the rules of the ${e.id} election (a ${formatThreshold(s.thresholdPct)}% threshold, ${methodPhrase(s.method)}, ${chamberPhrase(chamber)})${same ? ', and they give exactly the seats as elected.' : '.'}`
		);
		if (!same) sentences.push(`${flows()}.`);
	} else {
		const clauses: string[] = [];
		if (outs.length)
			clauses.push(`${joinList(outs.map(withPct))} ${plural(outs) ? 'stay' : 'stays'} out`);
		if (ins.length)
			clauses.push(`${joinList(ins.map(withPct))} ${plural(ins) ? 'get' : 'gets'} in`);
		let text = `With ${joinList(rules)}, `;
		if (gains.length === 0 && losses.length === 0) {
			text += clauses.length ? `${joinList(clauses)}, but ` : '';
			text += 'every party keeps the seats it won';
		} else if (outs.length && gained === lost && isSame(new Set(outs.map((r) => r.id)), losses)) {
			text += `${joinList(clauses)}, and ${plural(outs) ? 'their' : 'its'} ${seatsWord(lost)} go to ${joinList(gains.map(withChange))}`;
		} else if (ins.length && gained === lost && isSame(new Set(ins.map((r) => r.id)), gains)) {
			text += `${joinList(clauses)}, taking ${seatsWord(gained)} from ${joinList(losses.map(withChange))}`;
		} else {
			text += clauses.length ? `${joinList(clauses)}; ` : '';
			text += flows();
		}
		sentences.push(`${text}.`);
	}

	const over = sim.changes.filter((r) => r.eligible);
	if (over.length === 0)
		sentences.push('No party reaches the threshold, so no list seat is filled.');
	else if (over.length === 1 && sim.allocation.length > 1)
		sentences.push(`Only ${named(over[0]!)} passes the threshold and takes every list seat.`);
	if (sim.total !== sim.electedTotal)
		sentences.push(`The chamber has ${sim.total} seats instead of ${sim.electedTotal}.`);
	const top = [...sim.changes].sort((a, b) => b.simulated - a.simulated)[0];
	if (top && top.simulated > 0) {
		const need = majority(sim.total);
		const name = named(top);
		sentences.push(
			`${name[0]!.toUpperCase()}${name.slice(1)} ${top.simulated >= need ? 'holds a majority with' : 'falls short of a majority with'} ${top.simulated} of ${sim.total} seats (${need} needed${top.elected !== top.simulated ? `; ${top.elected} as elected` : ''}).`
		);
	}
	return sentences.join(' ');

	function flows(): string {
		if (gained === lost)
			return `${seatsWord(lost)} ${lost === 1 ? 'moves' : 'move'} from ${joinList(losses.map(withChange))} to ${joinList(gains.map(withChange))}`;
		const parts: string[] = [];
		if (gains.length)
			parts.push(`${joinList(gains.map(withChange))} ${plural(gains) ? 'gain' : 'gains'} seats`);
		if (losses.length)
			parts.push(`${joinList(losses.map(withChange))} ${plural(losses) ? 'lose' : 'loses'} seats`);
		return parts.join(', and ');
	}
}
