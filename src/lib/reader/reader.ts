/** The page's end of the reader worker: one client that the search and graph clients share. */
import { createRpcClient, type RpcClient } from '../worker-rpc';

/** Starts the reader worker; close() ends it (and frees the names it keeps). */
export function createReaderWorker(): RpcClient {
	const worker = new Worker(new URL('./reader.worker.ts', import.meta.url), { type: 'module' });
	const client = createRpcClient(worker);
	return {
		...client,
		close(reason) {
			client.close(reason);
			worker.terminate();
		}
	};
}
