/**
 * npm run eval:linking — measures deputy ↔ donor linking on the real samples in
 * ../shared/realdata (when present) and on the demo data, prints the figures, and exits
 * non-zero below the bar: precision 1.000, no ambiguous row asserted as confirmed,
 * recall ≥ 0.99; and for the planted demo cases, no two planted people merged.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BAR, meetsBar, type DeputyDonorReport } from './deputy-donors';
import { evaluateDemo, evaluateReal } from './run';

const REALDATA = resolve(import.meta.dirname, '../../../../shared/realdata');
const DEMO = resolve(import.meta.dirname, '../../../data/demo');

function print(title: string, r: DeputyDonorReport): void {
	console.log(`\n${title}`);
	console.log(`  deputies ${r.deputies}; donation rows with a deputy's name ${r.rows}`);
	console.log(
		`  truth: ${r.truth.deputy} the deputy's, ${r.truth.namesake} namesakes', ${r.truth.ambiguous} ambiguous, ${r.truth.unknown} without a usable code`
	);
	console.log(`  true links found ${r.found}, missed ${r.missed}`);
	console.log(`  namesakes wrongly merged ${r.namesakesMerged}`);
	console.log(
		`  ambiguous rows asserted: ${r.ambiguousConfirmed} as confirmed, ${r.ambiguousProbable} as probable`
	);
	console.log(`  rows without a code asserted ${r.unknownAsserted}`);
	console.log(
		`  precision ${r.precision.toFixed(3)} (bar ${BAR.precision.toFixed(3)}), recall ${r.recall.toFixed(3)} (bar ${BAR.recall})`
	);
	if (r.skippedNames.length)
		console.log(`  left out (two deputies of one name): ${r.skippedNames.join(', ')}`);
	console.log(`  ${meetsBar(r) ? 'meets the bar' : 'BELOW THE BAR'}`);
}

let ok = true;
if (existsSync(REALDATA)) {
	const real = evaluateReal(REALDATA);
	print(
		'Real samples (13th Saeima deputies, KNAB donations and membership fees, VID declarations)',
		real
	);
	ok &&= meetsBar(real);
} else {
	console.log(`\nReal samples: skipped, ${REALDATA} not present`);
}
const demo = evaluateDemo(DEMO);
print('Demo data (fictional)', demo.deputies);
ok &&= meetsBar(demo.deputies);
const p = demo.planted;
console.log(`\nDemo planted cases: ${p.cases.length}`);
for (const c of p.cases) {
	const problems = [
		...c.split.map((k) => `split: ${k}`),
		...c.mergedWithOthers.map((k) => `WRONGLY MERGED: ${k}`)
	];
	console.log(`  ${c.id} (${c.kind}): ${problems.length ? problems.join('; ') : 'ok'}`);
}
console.log(
	`  record pairs: ${p.pairsTogether} together, ${p.pairsApart} apart, ${p.pairsWronglyMerged} wrongly merged; ${p.unaddressable} records not addressable`
);
console.log(`  precision ${p.precision.toFixed(3)}, recall ${p.recall.toFixed(3)}`);
ok &&= p.pairsWronglyMerged === 0;
console.log(ok ? '\nall bars met' : '\nBELOW THE BAR');
process.exitCode = ok ? 0 : 1;
