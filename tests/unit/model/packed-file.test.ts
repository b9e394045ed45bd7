import { describe, expect, it } from 'vitest';
import type { FactGroup } from '../../../src/model/bundle-format';
import {
	checkRecord,
	packText,
	planPacks,
	readPackText,
	type RecordOf
} from '../../../src/model/packed-file';
import type { Organisation, Person } from '../../../src/model/types';
import { MAX_FIELD_LENGTH } from '../../../src/model/validate';

const personOf = (id: string): Person => ({
	id,
	name: id,
	otherNames: [],
	maskedCodes: [],
	sources: []
});
const orgOf = (id: string): Organisation => ({
	id,
	name: id,
	otherNames: [],
	kind: 'company',
	sources: []
});
const group = (entity: string, extra: object = {}, relations = 0): FactGroup => ({
	entity,
	declarations: [],
	donations: [],
	taxTotals: [],
	relations: Array.from({ length: relations }, (_, i) => ({
		id: `r-${entity}-${i}`,
		from: entity,
		to: 'o-x',
		kind: 'board-member' as const,
		confidence: 'confirmed' as const,
		evidence: [],
		facts: []
	})),
	refs: [],
	...extra
});
const ids = (n: number, prefix: string) =>
	Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(5, '0')}`);
const read = <K extends keyof RecordOf>(kind: K, text: string, after?: string) =>
	readPackText(`${kind}-0001.jsonl.gz`, kind, text, { firstLine: 11, after });

describe('planPacks', () => {
	it('cuts entities 64 a pack, in the order given', () => {
		const entities = [...ids(75, 'o').map(orgOf), ...ids(75, 'p').map(personOf)];
		const packs = planPacks('entities', entities);
		expect(packs.map((p) => p.length)).toEqual([64, 64, 22]);
		expect(packs.flat()).toEqual(entities);
	});

	it('keeps whole fact groups, closing a pack once it reaches 64 facts', () => {
		const groups = [
			group('a', {}, 40),
			group('b', {}, 40),
			group('c', {}, 10),
			group('d', {}, 600),
			group('e', {}, 1)
		];
		const packs = planPacks('facts', groups);
		expect(packs.map((p) => p.map((g) => g.entity))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
	});

	it('makes no pack of nothing', () => {
		expect(planPacks('entities', [])).toEqual([]);
		expect(planPacks('search', [])).toEqual([]);
		expect(planPacks('facts', [])).toEqual([]);
	});
});

describe('readPackText', () => {
	it('reads a pack of people and organisations in id order, counting facts as the manifest does', () => {
		const seen: string[] = [];
		const summary = readPackText(
			'entities-0001.jsonl.gz',
			'entities',
			packText([orgOf('o-1'), personOf('p-1')]),
			{},
			(e) => seen.push(e.id)
		);
		expect(summary).toEqual({ first: 'o-1', last: 'p-1', records: 2, lines: 2 });
		expect(seen).toEqual(['o-1', 'p-1']);
		expect(read('facts', packText([group('p-1', {}, 3), group('p-2')]))).toMatchObject({
			records: 3
		});
	});

	it('names the file, the line counted from the file start, and the record path', () => {
		const bad = group('p-2', {
			taxTotals: [
				{ id: 't-1', company: 'o-1', year: 'last year', source: { dataset: 'a', record: '1' } }
			]
		});
		expect(() => read('facts', packText([group('p-1'), bad]))).toThrow(
			/^facts-0001\.jsonl\.gz: line 12: invalid record: taxTotals\.0\.year/
		);
	});

	it('refuses unknown fields rather than carrying them silently', () => {
		expect(() => read('facts', packText([group('p-1', { extra: 1 })]))).toThrow(
			/line 11: invalid record/
		);
	});

	it('refuses money that is not integer cents', () => {
		const donation = {
			id: 'd-1',
			donorName: 'ANONĪMS',
			party: 'o-1',
			partyName: 'P',
			date: '2023-01-01',
			amount: { cents: 5.5, currency: 'EUR' },
			kind: 'money',
			isRefund: false,
			flags: [],
			source: { dataset: 'a', record: '2' }
		};
		expect(() => read('facts', packText([group('o-1', { donations: [donation] })]))).toThrow(
			'donations.0.amount.cents'
		);
	});

	it('refuses records out of id order, also across packs', () => {
		expect(() => read('entities', packText([personOf('p-2'), personOf('p-1')]))).toThrow(
			/line 12: "p-1" is out of order \(after "p-2"\)/
		);
		expect(() => read('entities', packText([personOf('p-1')]), 'p-1')).toThrow(/out of order/);
	});

	it('refuses a record whose line does not start with its key', () => {
		const { id, ...rest } = personOf('p-1');
		expect(() => read('entities', `${JSON.stringify({ ...rest, id })}\n`)).toThrow(
			/line 11: the record must start with its "id"/
		);
	});

	it('refuses a pack whose last line has no line break, a line that is not JSON, and an empty pack', () => {
		expect(() => read('entities', JSON.stringify(personOf('p-1')))).toThrow(/line break/);
		expect(() => read('entities', '{"id":"p-1",\n')).toThrow(/line 11: is not valid JSON/);
		expect(() => read('entities', '')).toThrow(/line break/);
	});

	it.each(['__proto__', 'constructor'])('refuses a record keyed %j that is no record', (key) => {
		expect(() => read('entities', `{"id":"p-1","${key}":{}}\n`)).toThrow(/invalid record/);
	});

	it('refuses a graph of more than one line', () => {
		const graph = {
			entityKinds: ['person'],
			relationKinds: [],
			confidences: [],
			nodes: ['p-1'],
			nodeKinds: [0],
			edges: []
		};
		expect(checkRecord('graph', graph)).toBeUndefined();
		expect(read('graph', packText([graph]))).toMatchObject({
			first: 'p-1',
			last: 'p-1',
			records: 0
		});
		expect(() => read('graph', packText([graph, graph]))).toThrow(/one line/);
	});
});

describe('limits no real record comes near', () => {
	it('refuses a record line longer than any real one, naming the file and line', () => {
		const giant = {
			...personOf('p-1'),
			otherNames: Array.from({ length: 5 }, () => 'x'.repeat(1_900_000))
		};
		expect(() => read('entities', packText([giant]))).toThrow(
			/^entities-0001\.jsonl\.gz: line 11: a record of \d+ characters, more than any real record \(at most 8000000\)$/
		);
	});

	it('refuses a field longer than any real one, naming the file, line and field', () => {
		const long = { ...personOf('p-1'), name: 'x'.repeat(MAX_FIELD_LENGTH + 1) };
		expect(() => read('entities', packText([long]))).toThrow(
			/^entities-0001\.jsonl\.gz: line 11: invalid record: .*name.*at most 2000000 characters/
		);
		const fine = { ...personOf('p-1'), name: 'x'.repeat(MAX_FIELD_LENGTH) };
		expect(read('entities', packText([fine])).records).toBe(1);
	});

	it('refuses a fact group that lists one fact twice, naming the file, line, list and id', () => {
		const twice = group('p-1', {}, 2);
		twice.relations[1] = structuredClone(twice.relations[0]!);
		expect(() => read('facts', packText([twice]))).toThrow(
			'facts-0001.jsonl.gz: line 11: invalid record: relations r-p-1-0 is listed twice'
		);
		expect(read('facts', packText([group('p-1', {}, 2)])).records).toBe(2);
	});
});
