/**
 * npx tsx tests/bench/search-node.ts [--bundles DIR] [--queries N]
 *
 * The worker's search compute alone, in Node, on a built bundle's search docs: every
 * prefix of the bench's queries (as typed key by key), then single letters; and top-10
 * recall of the whole queries as the bench scores it. For quick work on the ranking path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex, searchIndex } from '../../src/lib/search/search-index';
import type { SearchDoc } from '../../src/model/types';
import { manifestFiles, readNamedEntities } from './bundle-names';
import { deriveQueries, isFound, isScored } from './queries';
import { percentile } from './stats';

const { values } = parseArgs({
	options: {
		bundles: { type: 'string', default: '/work/main/test-results/bench/bundles-national' },
		queries: { type: 'string', default: '200' }
	}
});
const dir = values.bundles;
const docs: SearchDoc[] = manifestFiles(dir)
	.filter((file) => file.kind === 'search')
	.flatMap(
		(file) => (JSON.parse(readFileSync(join(dir, file.name), 'utf8')) as { docs: SearchDoc[] }).docs
	);
let started = performance.now();
const index = buildSearchIndex(docs);
console.log(`${docs.length} docs, index built in ${(performance.now() - started).toFixed(0)} ms`);
const entities = readNamedEntities(dir);
const byId = new Map(entities.map((e) => [e.id, e]));
const queries = deriveQueries(entities, Number(values.queries));
const time = (text: string) => {
	started = performance.now();
	const hits = searchIndex(index, { text, limit: 50 });
	return { ms: performance.now() - started, hits };
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
console.log(
	'slowest keys:',
	[...perKey]
		.sort((a, b) => b.ms - a.ms)
		.slice(0, 8)
		.map((k) => `${k.text} ${k.ms.toFixed(1)}`)
		.join(', ')
);
