/**
 * File workers: the ingest worker hands each listed file to one of these, so parsing,
 * validating and storing run on more than one core. Each file worker reads the file from
 * the source itself and writes its packs itself: nothing parsed crosses a thread.
 */
import { BundleError } from '../../model/bundle-error';
import type { ManifestFile } from '../../model/bundle-format';
import type { IngestRequest } from './ingest-messages';
import type { StoreFile } from './store-file';

export interface FileWorkRequest {
	/** Where the bytes come from: the same request the ingest worker got. */
	request: IngestRequest;
	entry: ManifestFile;
	version: string;
}

export type FileWorkReply =
	| { type: 'bytes'; n: number }
	| { type: 'stored' }
	| { type: 'failed'; file: string; problem: string };

export interface FileWorkers {
	storeFile: StoreFile;
	/** Ends every file worker; call when the install has ended, however it ended. */
	close(): void;
}

/** What the pool needs of a Worker; tests pass an in-process stand-in. */
export interface FileWorkerPort {
	onmessage: ((event: MessageEvent<FileWorkReply>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	postMessage(message: FileWorkRequest): void;
	terminate(): void;
}

const spawnFileWorker = (): FileWorkerPort =>
	new Worker(new URL('./file.worker.ts', import.meta.url), { type: 'module' });

/** As many workers as files in flight: a worker takes one file at a time. */
export function startFileWorkers(request: IngestRequest, spawn = spawnFileWorker): FileWorkers {
	const idle: FileWorkerPort[] = [];
	const all = new Set<FileWorkerPort>();
	const storeFile: StoreFile = (entry, version, { signal, onBytes }) => {
		signal?.throwIfAborted();
		const worker = idle.pop() ?? spawn();
		all.add(worker);
		return new Promise<void>((resolve, reject) => {
			const detach = () => {
				signal?.removeEventListener('abort', onAbort);
				worker.onmessage = null;
				worker.onerror = null;
			};
			// An aborted file's worker is ended mid-write: its transaction aborts, nothing half-stored lands.
			const drop = () => {
				detach();
				worker.terminate();
				all.delete(worker);
			};
			const onAbort = () => {
				drop();
				reject(signal?.reason);
			};
			signal?.addEventListener('abort', onAbort, { once: true });
			worker.onmessage = ({ data }: MessageEvent<FileWorkReply>) => {
				if (data.type === 'bytes') return onBytes?.(data.n);
				detach();
				idle.push(worker);
				if (data.type === 'stored') resolve();
				else reject(new BundleError(data.file, data.problem));
			};
			worker.onerror = (event) => {
				event.preventDefault();
				drop();
				reject(new BundleError(entry.name, `could not be read (${failure(event)})`));
			};
			worker.postMessage({ request, entry, version });
		});
	};
	const close = () => {
		for (const worker of all) worker.terminate();
		all.clear();
		idle.length = 0;
	};
	return { storeFile, close };
}

function failure(event: ErrorEvent): string {
	return event.message || 'the file worker stopped';
}
