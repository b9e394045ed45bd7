// Prints the closing "N passed, N failed, N skipped" line from vitest's JSON reports.
// A failing lint or type check (no test report, non-zero exit) counts as one failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 1);
let passed = 0;
let failed = 0;
let skipped = 0;
const dir = 'test-results';
const reports = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
for (const file of reports) {
	const report = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
	passed += report.numPassedTests ?? 0;
	failed += report.numFailedTests ?? 0;
	skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
if (status !== 0 && failed === 0) {
	console.log('npm test failed outside the test runner (format, lint or type check): see above');
	failed = 1;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
