/**
 * The second thread of pack-thread.ts: deflates, hashes and writes the files whose pack texts
 * the build's thread puts in the shared ring, with the same GzipPacks as a build without it.
 */
import { writeFileSync } from 'node:fs';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { GzipPacks } from './gzip-packs';
import { FILES_DONE, RING_FREED, type ToWorker, type FromWorker } from './pack-thread';

const { ring, counters, results } = workerData as {
	ring: SharedArrayBuffer;
	counters: SharedArrayBuffer;
	results: MessagePort;
};
const bytes = new Uint8Array(ring);
const counts = new BigInt64Array(counters);
const open = new Map<number, GzipPacks>();
/** The first error, sent once; every later message is then only counted, so the build thread never waits in vain. */
let failed = false;

function reply(message: FromWorker): void {
	results.postMessage(message);
}

parentPort!.on('message', (message: ToWorker) => {
	try {
		if (failed) return;
		if (message.type === 'pack') {
			let file = open.get(message.file);
			if (!file) open.set(message.file, (file = new GzipPacks()));
			file.add(message.bytes ?? bytes.subarray(message.at, message.at + message.length));
		} else {
			const file = open.get(message.file) ?? new GzipPacks();
			open.delete(message.file);
			const { bytes: written, fields } = file.finish();
			writeFileSync(message.path, written);
			reply({ type: 'written', file: message.file, fields });
		}
	} catch (error) {
		failed = true;
		reply({ type: 'failed', message: (error as Error).stack ?? String(error) });
	} finally {
		const counter = message.type === 'pack' ? RING_FREED : FILES_DONE;
		Atomics.add(counts, counter, message.type === 'pack' ? BigInt(message.advance) : 1n);
		Atomics.notify(counts, counter);
	}
});
