/**
 * The ingest worker: all fetching, hashing, parsing and storing happens here, so the page
 * never has a long task. Thin on purpose; the logic is in ingest.ts.
 */
import { fileListSource, urlSource } from './bundle-source';
import { openDb } from './db';
import { describeError } from './describe-error';
import { ingestBundle } from './ingest';
import type { IngestReply, IngestRequest } from './ingest-messages';
import type { InstallProgress } from './profile';

/** ~10 updates a second is smooth for a progress bar and cheap for the page. */
const PROGRESS_INTERVAL_MS = 100;
/** Two tabs must not install at once: one would remove the other's half-written version. */
const LOCK_NAME = 'plainview-ingest';

const db = openDb();
const post = (reply: IngestReply) => self.postMessage(reply);

self.onmessage = ({ data }: MessageEvent<IngestRequest>) => {
	void withLock(() => run(data));
};

async function run(request: IngestRequest): Promise<void> {
	const source =
		request.type === 'install' ? urlSource(request.baseUrl) : fileListSource(request.files);
	try {
		const { manifest, isNew } = await ingestBundle({ source, db, onProgress: throttled() });
		post({ type: 'done', manifest, isNew });
	} catch (error) {
		post({ type: 'failed', message: describeError(error) });
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
