/**
 * The reader worker's graph service: the graph pack is read and indexed on the first query
 * of a version (not at start, so a warm start is not slowed), then kept until reset (the
 * reader worker resets it when a search load reads another version's names).
 */
import type { GraphBody } from '../../model/graph-file';
import { answerNeighbours, answerPaths, type NameOf } from './graph-answers';
import { buildGraphIndex, type GraphIndex } from './graph-index';
import type { GraphRequest, GraphResponse } from './graph-protocol';
import type { Service } from '../worker-rpc';

/** The graph of a version; undefined when its bundle has no graph file. */
export type ReadGraph = (version: string) => Promise<GraphBody | undefined>;

/** What the graph needs of a search doc: its name. */
export interface NamedDoc {
	id: string;
	name: string;
}

/** The version the reader worker loaded and its docs' names, in id order. */
export type LoadedDocs = () => Promise<{ version: string; docs: readonly NamedDoc[] }>;

interface Loaded {
	index: GraphIndex;
	nameOf: NameOf;
}

export const GRAPH_MISSING =
	'this bundle has no graph file (built before graphs, or its graph was too big for the app)';

export function createGraphHandler(readGraph: ReadGraph, loadedDocs: LoadedDocs) {
	let loading: Promise<Loaded | undefined> | undefined;

	async function load(): Promise<Loaded | undefined> {
		const { version, docs } = await loadedDocs();
		const body = await readGraph(version);
		if (!body) return undefined;
		const index = buildGraphIndex(body);
		return { index, nameOf: namesFor(body.nodes, docs) };
	}

	async function handle(request: GraphRequest): Promise<GraphResponse> {
		try {
			loading ??= load();
			const graph = await loading;
			if (!graph) return { ok: false, missing: true, reason: GRAPH_MISSING };
			if (request.call === 'neighbours') {
				const neighbours = answerNeighbours(graph.index, graph.nameOf, request.node, request.query);
				return { ok: true, neighbours };
			}
			const paths = answerPaths(graph.index, graph.nameOf, request.from, request.to, request.query);
			return { ok: true, paths };
		} catch (error) {
			loading = undefined;
			const reason = error instanceof Error ? error.message : String(error);
			return { ok: false, missing: false, reason };
		}
	}

	/** Forgets the graph: the next query reads the newly loaded version's. */
	const reset = () => (loading = undefined);
	return { handle, reset } satisfies Service<GraphRequest, GraphResponse> & { reset(): void };
}

/** Both lists are in id order, so one merge names every node without a map of 244k ids. */
function namesFor(nodes: readonly string[], docs: readonly NamedDoc[]): NameOf {
	const at = new Int32Array(nodes.length).fill(-1);
	for (let n = 0, d = 0; n < nodes.length; n++) {
		while (d < docs.length && docs[d]!.id < nodes[n]!) d++;
		if (d < docs.length && docs[d]!.id === nodes[n]) at[n] = d;
	}
	return (n) => (at[n]! >= 0 ? docs[at[n]!]!.name : undefined);
}
