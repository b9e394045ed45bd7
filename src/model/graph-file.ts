/**
 * The graph file: every relation as three integers, so the app knows the whole graph without
 * reading every fact group. Its code tables travel in the file, so a reader never depends on
 * the order of lists in this source. Shape checks are valibot; the integer arrays are checked
 * by one loop, because a national file holds over a million numbers.
 */
import * as v from 'valibot';
import { CONFIDENCES, ORGANISATION_KINDS, RELATION_KINDS } from './types';
import type { EntityKind } from './types';
import type { GraphBody } from './graph-codes';

export { decodeEdge, type GraphBody } from './graph-codes';

export const ENTITY_KINDS: readonly EntityKind[] = ['person', ...ORGANISATION_KINDS];

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const intArray = v.custom<number[]>(
	(input) => Array.isArray(input) && input.every((n) => Number.isInteger(n) && n >= 0),
	'an array of non-negative integers'
);

export const graphBodyEntries = {
	entityKinds: v.array(v.picklist(ENTITY_KINDS)),
	relationKinds: v.array(v.picklist(RELATION_KINDS)),
	confidences: v.array(v.picklist(CONFIDENCES)),
	nodes: v.array(id),
	nodeKinds: intArray,
	edges: intArray
};

/** What is wrong with a graph that has the right shape (bad indexes, order); undefined if nothing. */
export function graphProblem(body: GraphBody): string | undefined {
	const { nodes, nodeKinds, edges } = body;
	if (nodeKinds.length !== nodes.length)
		return `nodeKinds has ${nodeKinds.length} entries for ${nodes.length} nodes`;
	for (let i = 1; i < nodes.length; i++)
		if (!(nodes[i - 1]! < nodes[i]!)) return `nodes.${i} is not after nodes.${i - 1} in id order`;
	const badKind = nodeKinds.findIndex((k) => k >= body.entityKinds.length);
	if (badKind >= 0) return `nodeKinds.${badKind} is not an index into entityKinds`;
	if (edges.length % 3 !== 0) return `edges has ${edges.length} numbers, not a multiple of 3`;
	const codes = body.relationKinds.length * body.confidences.length;
	for (let i = 0; i < edges.length; i += 3) {
		if (edges[i]! >= nodes.length || edges[i + 1]! >= nodes.length)
			return `edge ${i / 3} names a node past the ${nodes.length} listed`;
		if (edges[i + 2]! >= codes) return `edge ${i / 3} has code ${edges[i + 2]}, over ${codes - 1}`;
	}
	return undefined;
}
