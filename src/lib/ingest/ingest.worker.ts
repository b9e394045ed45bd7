/**
 * The ingest worker: all fetching, hashing, parsing and storing happens here, so the page
 * never has a long task. Thin on purpose; the logic is in ingest.ts.
 */
import * as v from 'valibot';
import { sourceFor } from './bundle-source';
import { openDb } from '../storage/db';
import { startFileWorkers } from './file-workers';
import { ingestBundle } from './ingest';
import { keepGroups } from './install-groups';
import { failureReply, type IngestReply, type IngestRequest } from './ingest-messages';
import type { InstallProgress } from './progress';

/** ~10 updates a second is smooth for a progress bar and cheap for the page. */
const PROGRESS_INTERVAL_MS = 100;
/** Two files at once: on two cores twice the speed of one, and memory for two parsed files only. */
const FILES_IN_FLIGHT = 2;
/** Two tabs must not install at once: one would remove the other's half-written version. */
const LOCK_NAME = 'plainview-ingest';

// As in file.worker.ts, for the files parsed here when there are no file workers.
v.setGlobalConfig({ abortEarly: true });

const db = openDb();
const post = (reply: IngestReply) => self.postMessage(reply);

self.onmessage = ({ data }: MessageEvent<IngestRequest>) => {
	void withLock(() => run(data));
};

async function run(request: IngestRequest): Promise<void> {
	// Files are parsed in file workers, on other cores; a browser without nested workers
	// (Safari before 15.5) parses them here instead.
	const workers = typeof Worker === 'function' ? startFileWorkers(request) : undefined;
	const common = {
		source: sourceFor(request),
		db,
		onProgress: throttled(),
		concurrency: FILES_IN_FLIGHT,
		...(workers && { storeFile: workers.storeFile })
	};
	try {
		if (request.type === 'install' && request.keep) {
			const manifest = await keepGroups({ ...common, keep: request.keep });
			post({ type: 'done', manifest, isNew: false });
			return;
		}
		const { manifest, isNew, ask } = await ingestBundle({
			...common,
			everything: request.type === 'install-files',
			onCore: (_manifest, storing) => post({ type: 'core', storing }),
			onSearch: (version) => post({ type: 'search', version }),
			...(request.allowShrink && { allowShrink: request.allowShrink })
		});
		post({ type: 'done', manifest, isNew, ...(ask && { ask }) });
	} catch (error) {
		post(failureReply(error));
	} finally {
		workers?.close();
	}
}

/** Drops updates closer than the interval, but never a change of phase (ready, failed…). */
function throttled(): (progress: InstallProgress) => void {
	let last = -Infinity;
	let phase = '';
	return (progress) => {
		const now = performance.now();
		if (progress.phase === phase && now - last < PROGRESS_INTERVAL_MS) return;
		last = now;
		phase = progress.phase;
		post({ type: 'progress', progress });
	};
}

async function withLock(task: () => Promise<void>): Promise<void> {
	// Web Locks are released when a tab closes, so a crashed install never blocks the next.
	if (!('locks' in navigator)) return task();
	await navigator.locks.request(LOCK_NAME, task);
}
