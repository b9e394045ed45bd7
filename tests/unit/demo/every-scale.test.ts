// @vitest-environment node
/**
 * What holds at every scale: the planted hard cases are there, and each file kind the full
 * shape writes is detected by exactly one adapter, which reads its first rows without a
 * rejection. The generated data/full is checked the same way when it exists.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../src/builder/adapters/index';
import { foldText } from '../../../src/model/fold-name';
import { fullSizes, nationalSizes } from '../../../src/demo/sizes';
import { demo, generateInto, listFiles, type Output } from '../../fixtures/demo-output';

interface Location {
	file: string;
	line?: number;
	index?: number;
}
interface Planted {
	cases: { id: string; people: { name: string; key: string; records: Location[] }[] }[];
}

const scales: [string, () => Output][] = [
	['demo', demo],
	['national', () => generateInto('plainview-every-scale-national-', nationalSizes(0.004))],
	['full', () => generateInto('plainview-every-scale-full-', fullSizes(0.02))]
];
const outputs = new Map<string, Output>();
const output = (label: string) => {
	if (!outputs.has(label)) outputs.set(label, scales.find(([l]) => l === label)![1]());
	return outputs.get(label)!;
};

const parsed = new Map<string, string[] | unknown[]>();
/** The text of the record at a location: a CSV line, a JSON array item, or a whole page. */
function recordText(out: Output, at: Location): string {
	const key = `${out.dir}/${at.file}`;
	if (at.line !== undefined) {
		if (!parsed.has(key)) parsed.set(key, out.lines(at.file));
		return String(parsed.get(key)![at.line - 1] ?? '');
	}
	if (at.index !== undefined) {
		if (!parsed.has(key)) parsed.set(key, JSON.parse(out.text(at.file)) as unknown[]);
		return JSON.stringify(parsed.get(key)![at.index]);
	}
	return out.text(at.file);
}
const fold = (text: string) => foldText(text.replace(/&nbsp;/g, ' '));

describe.each(scales.map(([label]) => label))('planted cases at %s scale', (label) => {
	it('names every planted person in each record planted.json points at', () => {
		const out = output(label);
		const planted = JSON.parse(out.text('planted.json')) as Planted;
		const fixed = (JSON.parse(demo().text('planted.json')) as Planted).cases.map((c) => c.id);
		expect(fixed.length).toBeGreaterThanOrEqual(17);
		const ids = planted.cases.map((c) => c.id);
		expect(ids.slice(0, fixed.length)).toEqual(fixed);
		// The full shape scales the namesake case up: one pair per scaled case.
		const scaled = ids.slice(fixed.length);
		expect(scaled.length).toBe(label === 'full' ? fullSizes(0.02).full!.namesakes : 0);
		for (const c of planted.cases.slice(fixed.length)) {
			const [official, donor] = c.people;
			expect(official!.name).toBe(donor!.name);
			expect(official!.key).not.toBe(donor!.key);
		}
		for (const c of planted.cases) {
			for (const person of c.people) {
				expect(person.records.length, `${c.id}: ${person.name}`).toBeGreaterThan(0);
				// The surname's first part: double surnames and name orders vary by file.
				const surname = fold(person.name.split(' ').pop()!.split('-')[0]!);
				for (const at of person.records)
					expect(fold(recordText(out, at)), `${person.name} ${JSON.stringify(at)}`).toContain(
						surname
					);
			}
		}
	});
});

/** The head of a file: whole lines of a CSV, whole items of a JSON array, a page whole. */
function head(path: string, bytes = 256 * 1024): string {
	const fd = openSync(path, 'r');
	const buffer = Buffer.alloc(bytes);
	const read = readSync(fd, buffer, 0, bytes, 0);
	closeSync(fd);
	const text = buffer.subarray(0, read).toString('utf8');
	if (read < bytes) return text;
	if (path.endsWith('.json')) {
		// Items start on a line of their own, two spaces in: cut before the last one begun.
		const end = text.lastIndexOf(',\n  {');
		return `${text.slice(0, end)}\n]\n`;
	}
	return text.slice(0, text.lastIndexOf('\n') + 1);
}

function expectReadable(dir: string): void {
	const files = listFiles(dir).filter(
		(f) => !['sources.json', 'planted.json', 'parties.json'].includes(f)
	);
	const kinds = new Map<string, string>();
	for (const file of files) {
		// One file of each kind: the first declaration part, the first tax year, and so on.
		const kind = file.replace(/\d{4}(-\d{2})?/g, 'N');
		if (!kinds.has(kind)) kinds.set(kind, file);
	}
	for (const file of kinds.values()) {
		const source = { name: basename(file), text: head(join(dir, file)) };
		const adapters = ADAPTERS.filter((a) => a.detect(source));
		expect(adapters.length, file).toBe(1);
		const result = adapters[0]!.read(source, { dataset: 'test' });
		expect(result.rejected, file).toEqual([]);
		expect(result.records.length, file).toBeGreaterThan(0);
	}
}

describe('full-shape layouts', () => {
	it('are each read by one adapter at the test scale', () => {
		expectReadable(output('full').dir);
	});

	const generated = resolve(import.meta.dirname, '../../../data/full');
	it.skipIf(!existsSync(join(generated, 'sources.json')))(
		'are read in the generated data/full too (skipped when it is absent: `npm run data:demo -- --scale full`)',
		() => expectReadable(generated)
	);
});
