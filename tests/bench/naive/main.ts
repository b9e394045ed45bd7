/**
 * The naive way, for comparison with the app on the same data in the same browser: fetch
 * every bundle file, store each record as its own IndexedDB row (Dexie bulkPut), and search
 * with plain fuse.js over every name (diacritics ignored; no prefilter). All on the page's
 * main thread, as the simplest version would. Marks `naive:*` as the app marks `plainview:*`.
 */
import Fuse from 'fuse.js';
import { flattenFile, type Rows } from './flatten';
import { openNaiveDb, TABLE_NAMES, type Row } from './naive-db';

interface NameDoc {
	id: string;
	name: string;
	otherNames: string[];
}

export interface NaiveProgress {
	files: number;
	totalFiles: number;
	rows: number;
	error?: string;
}

const BATCH = 5000;
const db = openNaiveDb();
const progress: NaiveProgress = { files: 0, totalFiles: 0, rows: 0 };
const status = document.getElementById('status') as HTMLElement;
const box = document.getElementById('q') as HTMLInputElement;
const list = document.getElementById('results') as HTMLUListElement;
let fuse: Fuse<NameDoc> | undefined;

function mark(name: string, detail: unknown): void {
	performance.clearMarks(name);
	performance.mark(name, { detail });
}

async function install(): Promise<void> {
	const manifest = (await (await fetch('../data/manifest.json')).json()) as {
		files: NaiveFile[];
	};
	// The naive store keeps records, not search docs: names come from the entity rows.
	const files = manifest.files.filter((file) => file.kind !== 'search');
	progress.totalFiles = files.length;
	const seen = new Set<string>(); // relations are listed under both ends
	let next = fetchJson(files[0]);
	for (let i = 0; i < files.length; i++) {
		const data = await next;
		next = fetchJson(files[i + 1]); // the next download overlaps this file's writes
		const rows = flattenFile(data);
		await storeRows(rows, seen);
		progress.files++;
		status.textContent = `stored ${progress.rows} rows from ${progress.files} of ${files.length} files`;
	}
	await db.meta.put({ key: 'installed', rows: progress.rows });
}

interface NaiveFile {
	name: string;
	kind?: string;
}

/** A bundle file's records (JSON Lines in one gzip stream), in the shape flattenFile reads. */
async function fetchJson(file: NaiveFile | undefined): Promise<unknown> {
	if (file === undefined) return undefined;
	const body = (await fetch(`../data/${file.name}`)).body!;
	const text = await new Response(body.pipeThrough(new DecompressionStream('gzip'))).text();
	const records: Record<string, unknown>[] = [];
	for (const line of text.split('\n'))
		if (line) records.push(JSON.parse(line) as Record<string, unknown>);
	if (file.kind === 'facts') return { groups: records };
	if (file.kind === 'entities')
		return {
			people: records.filter((r) => !('kind' in r)),
			organisations: records.filter((r) => 'kind' in r)
		};
	return records;
}

async function storeRows(rows: Rows, seen: Set<string>): Promise<void> {
	for (const table of TABLE_NAMES) {
		const fresh = rows[table].filter((row) => !seen.has(row.id));
		for (const row of fresh) seen.add(row.id);
		for (let i = 0; i < fresh.length; i += BATCH) {
			await db[table].bulkPut(fresh.slice(i, i + BATCH));
			progress.rows += Math.min(BATCH, fresh.length - i);
		}
	}
}

async function buildSearch(): Promise<void> {
	const started = performance.now();
	const docs: NameDoc[] = [];
	await db.entities.each((row: Row) => {
		const other = Array.isArray(row.otherNames) ? (row.otherNames as string[]) : [];
		docs.push({ id: row.id, name: String(row.name ?? ''), otherNames: other });
	});
	fuse = new Fuse(docs, { keys: ['name', 'otherNames'], ignoreDiacritics: true });
	mark('naive:searchable', { docs: docs.length, tookMs: performance.now() - started });
}

function search(text: string): void {
	if (!fuse) return;
	if (text.trim() === '') {
		list.replaceChildren();
		return;
	}
	mark('naive:search-sent', { text });
	const started = performance.now();
	const hits = fuse.search(text, { limit: 10 });
	const tookMs = performance.now() - started;
	list.replaceChildren(
		...hits.map((hit) => {
			const item = document.createElement('li');
			item.textContent = hit.item.name;
			return item;
		})
	);
	mark('naive:search-answered', { text, tookMs, ids: hits.map((hit) => hit.item.id) });
}

/** One profile's rows, read by index as a naive app would: entity, then each fact table. */
async function readProfile(id: string): Promise<{ ms: number; rows: number }> {
	const started = performance.now();
	const read = await db.transaction(
		'r',
		TABLE_NAMES.map((t) => db[t]),
		() =>
			Promise.all([
				db.entities.get(id),
				db.declarations.where('person').equals(id).toArray(),
				db.donations.where('donor').equals(id).toArray(),
				db.donations.where('party').equals(id).toArray(),
				db.taxTotals.where('company').equals(id).toArray(),
				db.relations.where('from').equals(id).toArray(),
				db.relations.where('to').equals(id).toArray()
			])
	);
	const [entity, ...facts] = read;
	const rows = (entity ? 1 : 0) + facts.reduce((total, rows) => total + rows.length, 0);
	return { ms: performance.now() - started, rows };
}

async function start(): Promise<void> {
	try {
		const installed = await db.meta.get('installed');
		if (!installed) await install();
		else progress.rows = installed.rows;
		mark('naive:data-ready', { rows: progress.rows });
		status.textContent = 'indexing names';
		await buildSearch();
		status.textContent = `searchable: ${progress.rows} rows`;
		const query = new URLSearchParams(location.hash.slice(1)).get('q');
		if (query) {
			box.value = query;
			search(query);
		}
	} catch (error) {
		progress.error = error instanceof Error ? error.message : String(error);
		status.textContent = `failed: ${progress.error}`;
	}
}

box.addEventListener('input', () => search(box.value));
Object.assign(window, { __naive: { progress, readProfile } });
void start();
