/**
 * Where a bundle's bytes come from: a folder on a web server, files a person picked
 * (hackathon USB stick), or one tar archive of them. Ingest sees only this interface.
 * No DOM: runs in the ingest worker and in Node tests.
 */
import { BundleError } from '../../model/bundle-error';
import type { IngestRequest } from './ingest-messages';
import { indexTar, type TarSpan } from '../../model/tar';

export const MANIFEST_NAME = 'manifest.json';

export interface ReadOptions {
	signal?: AbortSignal;
	/** Called with the size of each piece as it arrives, for a smooth progress bar. */
	onBytes?: (bytes: number) => void;
}

export interface BundleSource {
	/** For messages: the folder URL or "3 local files". */
	describe: string;
	manifest(options?: ReadOptions): Promise<ArrayBuffer>;
	/** A file the manifest lists; throws a BundleError naming it when it cannot be had. */
	file(name: string, options?: ReadOptions): Promise<ArrayBuffer>;
}

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

/** The app's own bundle folder, `data/` beside the page, so any static server (or subfolder) works. */
export function pageDataUrl(pageUrl: string): string {
	return new URL('data/', pageUrl).href;
}

/** A bundle folder on any static server; `baseUrl` is the folder holding manifest.json. */
export function urlSource(
	baseUrl: string,
	fetchFn: FetchFn = (i, init) => fetch(i, init)
): BundleSource {
	// Without the slash, new URL('manifest.json', '…/data') would drop the folder.
	const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
	const get = async (name: string, options: ReadOptions = {}): Promise<ArrayBuffer> => {
		const url = new URL(name, base).href;
		let response: Response;
		try {
			// Chunk names repeat across versions (facts-0001.json), so a cached copy may be stale:
			// 'no-cache' revalidates every file, which costs a 304 when nothing changed.
			response = await fetchFn(url, { cache: 'no-cache', signal: options.signal });
			if (response.ok) return await readBody(response, options);
		} catch (error) {
			if (options.signal?.aborted) throw error;
			throw new BundleError(
				name,
				`could not be downloaded from ${url} (${reason(error)}); check the connection and try again`
			);
		}
		const status = `${response.status} ${response.statusText}`.trim();
		throw new BundleError(name, `the server answered ${status} for ${url}`);
	};
	return {
		describe: base,
		manifest: (options) => get(MANIFEST_NAME, options),
		file: (name, options) => get(name, options)
	};
}

/** Files a person picked: manifest.json and the chunk files it lists, by name. */
export function fileListSource(files: readonly File[]): BundleSource {
	const byName = new Map(files.map((f) => [f.name, f]));
	const get = async (name: string, options: ReadOptions = {}): Promise<ArrayBuffer> => {
		const file = byName.get(name);
		if (!file) {
			throw new BundleError(
				name,
				name === MANIFEST_NAME
					? 'is not among the chosen files; choose manifest.json together with its chunk files'
					: 'is listed in manifest.json but is not among the chosen files; choose every file of the bundle'
			);
		}
		options.signal?.throwIfAborted();
		const bytes = await file.arrayBuffer();
		options.onBytes?.(bytes.byteLength);
		return bytes;
	};
	return {
		describe: `${files.length} local file${files.length === 1 ? '' : 's'}`,
		manifest: (options) => get(MANIFEST_NAME, options),
		file: (name, options) => get(name, options)
	};
}

/** A name the file picker treats as a bundle archive rather than a loose bundle file. */
export function isArchiveName(name: string): boolean {
	return /\.tar$/i.test(name);
}

/**
 * One tar archive holding manifest.json and its chunk files (npm run build:data -- --archive).
 * Only the headers are read to find the files; each file is then sliced out on its own, so
 * a large archive is never in memory whole. The usual checks (size, sha256) follow in ingest.
 */
export function archiveSource(archive: Blob & { name: string }): BundleSource {
	let index: Promise<Map<string, TarSpan>> | undefined;
	const slice = async (offset: number, length: number) =>
		new Uint8Array(await archive.slice(offset, offset + length).arrayBuffer());
	const get = async (name: string, options: ReadOptions = {}): Promise<ArrayBuffer> => {
		index ??= indexTar(archive.name, archive.size, slice);
		const span = (await index).get(name);
		if (!span) {
			throw new BundleError(
				name,
				name === MANIFEST_NAME
					? `is not in the archive ${archive.name}; choose an archive written by npm run build:data -- --archive`
					: `is listed in manifest.json but is not in the archive ${archive.name}; build the archive again`
			);
		}
		options.signal?.throwIfAborted();
		const bytes = await archive.slice(span.offset, span.offset + span.size).arrayBuffer();
		options.onBytes?.(bytes.byteLength);
		return bytes;
	};
	return {
		describe: archive.name,
		manifest: (options) => get(MANIFEST_NAME, options),
		file: (name, options) => get(name, options)
	};
}

/** What a person picked: one archive, or manifest.json with its chunk files. */
export function pickedSource(files: readonly File[]): BundleSource {
	const [only] = files;
	return files.length === 1 && only && isArchiveName(only.name)
		? archiveSource(only)
		: fileListSource(files);
}

/** The source an install request names; the ingest worker and each file worker build their own. */
export function sourceFor(request: IngestRequest): BundleSource {
	return request.type === 'install' ? urlSource(request.baseUrl) : pickedSource(request.files);
}

/** Reads the body piece by piece so progress moves while a large chunk downloads. */
async function readBody(
	response: Response,
	{ onBytes, signal }: ReadOptions
): Promise<ArrayBuffer> {
	// A body the browser unpacks (Content-Encoding) is longer than the manifest's bytes: counting
	// it would run the bar past the file's share, so such a file counts once it is stored.
	const encoding = response.headers.get('content-encoding');
	const unpacked = encoding !== null && encoding !== 'identity';
	if (!response.body || !onBytes || unpacked) return response.arrayBuffer();
	const reader = response.body.getReader();
	const pieces: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		signal?.throwIfAborted();
		const { done, value } = await reader.read();
		if (done) break;
		pieces.push(value);
		size += value.byteLength;
		onBytes(value.byteLength);
	}
	const whole = new Uint8Array(size);
	let at = 0;
	for (const piece of pieces) {
		whole.set(piece, at);
		at += piece.byteLength;
	}
	return whole.buffer;
}

function reason(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
