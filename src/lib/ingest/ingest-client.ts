/** Starts the ingest worker for the page. Behind a small interface so tests run ingest in-process. */
import type { IngestReply, IngestRequest } from './ingest-messages';

export interface IngestChannel {
	send(request: IngestRequest): void;
	/** Ends the worker and frees its memory; an install it was running is cleaned at the next start. */
	stop(): void;
}

export type SpawnIngest = (onReply: (reply: IngestReply) => void) => IngestChannel;

export const spawnIngestWorker: SpawnIngest = (onReply) => {
	const worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = ({ data }: MessageEvent<IngestReply>) => onReply(data);
	// A worker that cannot even load (a CSP or bundling fault) must still end in 'failed'.
	worker.onerror = (event) => {
		event.preventDefault();
		onReply({
			type: 'failed',
			message: `the data worker stopped: ${event.message || 'it could not be loaded'}`
		});
	};
	return { send: (request) => worker.postMessage(request), stop: () => worker.terminate() };
};
