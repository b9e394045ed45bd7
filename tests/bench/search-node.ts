/**
 * npx tsx tests/bench/search-node.ts [--bundles DIR] [--queries N] [--repeat R] [--max-candidates M]
 *
 * The worker's search compute alone, in Node, on a built bundle's search docs: every
 * prefix of the bench's queries (as typed key by key), then single letters; and top-10
 * recall of the whole queries as the bench scores it. For quick work on the ranking path.
 * With --repeat, each key's time is the median of R runs (the machine is shared and noisy);
 * with --max-candidates, the prefilter hands on at most M candidates (MAX_CANDIDATES by default).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex, searchIndex } from '../../src/lib/search/search-index';
import type { SearchDoc } from '../../src/model/types';
import { manifestFiles, readNamedEntities, readRecords } from './bundle-names';
import { ROOT } from './prepare';
import { deriveQueries, isFound, isScored } from './queries';
import { percentile } from './stats';

const { values } = parseArgs({
	options: {
		bundles: { type: 'string', default: join(ROOT, 'test-results/bench/bundles-national') },
		queries: { type: 'string', default: '200' },
		repeat: { type: 'string', default: '1' },
		'max-candidates': { type: 'string' }
	}
});
const dir = values.bundles;
const docs: SearchDoc[] = manifestFiles(dir)
	.filter((file) => file.kind === 'search')
	.flatMap((file) => {
		// Format 2: JSON Lines in gzip; format 1: { docs }.
		const data = readRecords(join(dir, file.name));
		return Array.isArray(data) ? (data as SearchDoc[]) : (data as { docs: SearchDoc[] }).docs;
	});
let started = performance.now();
const index = buildSearchIndex(docs);
console.log(`${docs.length} docs, index built in ${(performance.now() - started).toFixed(0)} ms`);
const entities = readNamedEntities(dir);
const byId = new Map(entities.map((e) => [e.id, e]));
const queries = deriveQueries(entities, Number(values.queries));
const repeat = Math.max(1, Number(values.repeat));
const tuning =
	values['max-candidates'] === undefined ? {} : { maxCandidates: Number(values['max-candidates']) };
const time = (text: string) => {
	const runs: number[] = [];
	let hits = searchIndex(index, { text, limit: 50 }, tuning);
	for (let r = 0; r < repeat; r++) {
		started = performance.now();
		hits = searchIndex(index, { text, limit: 50 }, tuning);
		runs.push(performance.now() - started);
	}
	return { ms: percentile(runs, 50) ?? 0, hits };
};
/** What kind of key this is, for the breakdown: the word count and the last word's length. */
const shapeOf = (text: string) => {
	const words = text.trim().split(/\s+/);
	const last = Math.min(words.at(-1)?.length ?? 0, 4);
	return `${words.length > 1 ? 'n words' : '1 word'}, last ${last === 4 ? '4+' : last}${/\s$/.test(text) ? ' + space' : ''}`;
};
// Warm up the JIT as the bench's earlier keys would.
for (const query of queries.slice(0, 20))
	for (let k = 1; k <= query.text.length; k++) time(query.text.slice(0, k));
const perKey: { text: string; ms: number }[] = [];
let scored = 0;
let found = 0;
for (const query of queries) {
	for (let k = 1; k <= query.text.length; k++) {
		const text = query.text.slice(0, k);
		if (text.trim() === '') continue;
		const { ms, hits } = time(text);
		perKey.push({ text, ms });
		if (k === query.text.length && isScored(query)) {
			scored++;
			if (
				isFound(
					query,
					hits.slice(0, 10).map((hit) => hit.doc.id),
					byId
				).isFound
			)
				found++;
		}
	}
}
const ms = perKey.map((k) => k.ms);
const shapes = new Map<string, number[]>();
for (const k of perKey) shapes.set(shapeOf(k.text), [...(shapes.get(shapeOf(k.text)) ?? []), k.ms]);
console.log(
	`per key: p50 ${percentile(ms, 50)?.toFixed(2)} p95 ${percentile(ms, 95)?.toFixed(2)} max ${Math.max(...ms).toFixed(1)} ms (${ms.length} keys); recall ${((found / scored) * 100).toFixed(1)} % (${found}/${scored})`
);
const letters = [...'abcdefghijklmnoprstuvz'].map((letter) => time(letter).ms);
console.log(
	`single letters: p50 ${percentile(letters, 50)?.toFixed(2)} max ${Math.max(...letters).toFixed(1)} ms`
);
const two = ['ja', 'be', 'ka', 'an', 'si', 'ozo'].map(
	(text) => `${text} ${time(text).ms.toFixed(1)}`
);
console.log(`short: ${two.join(', ')}`);
for (const [shape, times] of [...shapes].sort()) {
	console.log(
		`  ${shape}: ${times.length} keys, p50 ${percentile(times, 50)?.toFixed(2)} p95 ${percentile(times, 95)?.toFixed(2)} ms`
	);
}
console.log(
	'slowest keys:',
	[...perKey]
		.sort((a, b) => b.ms - a.ms)
		.slice(0, 8)
		.map((k) => `${k.text} ${k.ms.toFixed(1)}`)
		.join(', ')
);
