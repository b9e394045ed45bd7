/** Replaces README.md's "## Benchmarks" section (and only it) with the latest table. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './prepare';

const HEADING = '## Benchmarks';

const INTRO = `\`npm run bench\` measures the issue's targets on the national-size set (\`npm run
data:demo -- --scale\`, about a million records) in headless Chromium, served from
127.0.0.1 with a fresh on-disk profile, and the naive way on the same data in the same run
(\`tests/bench/naive/\`): one IndexedDB row per record (Dexie \`bulkPut\`), profiles read by
index, plain fuse.js over every name, all on the page's main thread. Times run from
navigation start (or the keystroke, or the route change) to the end of the first frame that
shows the result; "searchable" means the results for a known name are drawn. Search types
200 queries made from real names (one typo, no diacritics, surname first, or a prefix) key
by key; the naive way types only the last key of each query, within a time budget. The share
found leaves out the prefixes; a namesake with exactly the same name counts as found.
Storage is \`navigator.storage.estimate()\`; the heap is CDP's \`JSHeapUsedSize\` after a forced
GC, of the page and its workers, with their array buffers (where the search index lives);
initial JS is the gzip size of what \`index.html\` loads. "met?" judges the Plainview figure. The log under the table
(\`test-results/bench/run-national.log\`) says where the time went: CPU seconds per Chromium
process and thread, the slowest keys and profiles. \`npm run bench -- --quick\` runs the same on
the demo set.`;

export function writeReadmeSection(
	table: string,
	conditions: readonly string[],
	details: readonly string[]
): void {
	const path = join(ROOT, 'README.md');
	const readme = readFileSync(path, 'utf8');
	const where = `<details><summary>Where the time went in this run</summary>\n\n\`\`\`text\n${details.join('\n')}\n\`\`\`\n\n</details>`;
	const section = `${HEADING}\n\n${INTRO}\n\n${table}\n\n${conditions.join(' ')}\n\n${where}\n`;
	const start = readme.indexOf(`\n${HEADING}\n`);
	let next: string;
	if (start >= 0) {
		const end = readme.indexOf('\n## ', start + 1);
		next = `${readme.slice(0, start + 1)}${section}${end < 0 ? '' : `\n${readme.slice(end + 1)}`}`;
	} else {
		// New: just above the licence, which by convention closes a README.
		const licence = readme.indexOf('\n## License');
		next =
			licence < 0
				? `${readme.trimEnd()}\n\n${section}`
				: `${readme.slice(0, licence + 1)}${section}\n${readme.slice(licence + 1)}`;
	}
	writeFileSync(path, next);
	// The table's columns are padded here; prettier has the last word on Markdown layout.
	spawnSync('npx', ['prettier', '--write', 'README.md'], { cwd: ROOT, stdio: 'ignore' });
}
