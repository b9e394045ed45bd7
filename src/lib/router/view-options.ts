/**
 * What a network page and the connection finder show, as address parameters, so a shared link
 * draws the same picture. Defaults are left out of the address; a malformed or unknown value
 * is dropped (never an error), and counts are capped so a hand-made link cannot ask for more
 * than a user could click together.
 */
import { RELATION_KINDS, type RelationKind } from '../../model/types';

export interface GraphOptions {
	/** Depth 1 is the default. */
	depth?: 2;
	/** Relation kinds switched off (all are on by default). */
	hide?: RelationKind[];
	/** Possible namesakes drawn too (off by default). */
	possible?: true;
	yearFrom?: number;
	yearTo?: number;
	/** Hubs whose aggregate was expanded, and how many pages each, in the order clicked. */
	expanded?: [hub: string, pages: number][];
}

export interface ConnectOptions {
	possible?: true;
}

export const MAX_EXPANDED_HUBS = 20;
export const MAX_PAGES_PER_HUB = 20;
const YEAR = /^\d{4}$/;

function yearParam(query: URLSearchParams, key: string): number | undefined {
	const value = query.get(key) ?? '';
	return YEAR.test(value) ? Number(value) : undefined;
}

function isRelationKind(kind: string): kind is RelationKind {
	return (RELATION_KINDS as readonly string[]).includes(kind);
}

/** Reads a network page's options; unknown kinds, odd depths and non-years are ignored. */
export function parseGraphOptions(query: URLSearchParams): GraphOptions {
	const options: GraphOptions = {};
	if (query.get('depth') === '2') options.depth = 2;
	const hide = [...new Set((query.get('hide') ?? '').split(','))].filter(isRelationKind);
	if (hide.length > 0) options.hide = RELATION_KINDS.filter((kind) => hide.includes(kind));
	if (query.get('possible') === '1') options.possible = true;
	const yearFrom = yearParam(query, 'from');
	const yearTo = yearParam(query, 'to');
	if (yearFrom !== undefined) options.yearFrom = yearFrom;
	if (yearTo !== undefined) options.yearTo = yearTo;
	const pages = new Map<string, number>();
	for (const hub of query.getAll('x')) {
		if (hub === '' || (!pages.has(hub) && pages.size >= MAX_EXPANDED_HUBS)) continue;
		pages.set(hub, Math.min(MAX_PAGES_PER_HUB, (pages.get(hub) ?? 0) + 1));
	}
	if (pages.size > 0) options.expanded = [...pages];
	return options;
}

/** Writes a network page's options into `query` (one `x` per expanded page). */
export function writeGraphOptions(options: GraphOptions, query: URLSearchParams): void {
	if (options.depth === 2) query.set('depth', '2');
	if (options.hide?.length) query.set('hide', options.hide.join(','));
	if (options.possible) query.set('possible', '1');
	if (options.yearFrom !== undefined) query.set('from', String(options.yearFrom));
	if (options.yearTo !== undefined) query.set('to', String(options.yearTo));
	for (const [hub, pages] of options.expanded ?? []) {
		for (let page = 0; page < pages; page++) query.append('x', hub);
	}
}

export function parseConnectOptions(query: URLSearchParams): ConnectOptions {
	return query.get('possible') === '1' ? { possible: true } : {};
}

export function writeConnectOptions(options: ConnectOptions, query: URLSearchParams): void {
	if (options.possible) query.set('possible', '1');
}

/** True when the options hold nothing but defaults. */
export function isDefault(options: GraphOptions | ConnectOptions): boolean {
	return Object.keys(options).length === 0;
}
