/**
 * A big build's files deflated, hashed and written on a second thread, while the build's
 * own thread goes on making the next file's text: deflate and the hashes were about 9 s of a
 * national build's main thread, and a 2-core machine had a core to spare for them.
 *
 * Pack texts go through a ring of shared memory, encoded straight into it: a Buffer of its
 * own per pack would be memory outside V8's heap, and every 64 MB of that starts a full
 * collection (gzip-packs.ts). The rare pack larger than half the ring is sent as a copy. The
 * worker counts what it has freed of the ring and which files it has written in shared
 * counters, so this thread waits for room, and at the end for every file, with Atomics.wait:
 * the build stays synchronous. The bytes are GzipPacks' on the other thread, so a build with
 * the thread writes the same files as one without.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { PackedFields } from './gzip-packs';

/** Index of each shared counter: ring bytes the worker is done with, files it has written. */
export const RING_FREED = 0;
export const FILES_DONE = 1;

export type ToWorker =
	| { type: 'pack'; file: number; at: number; length: number; advance: number; bytes?: Uint8Array }
	| { type: 'finish'; file: number; path: string };

export type FromWorker =
	{ type: 'written'; file: number; fields: PackedFields } | { type: 'failed'; message: string };

/** How long to wait for the worker without any progress before calling it stuck. */
const STALL_MS = 120_000;

export class PackThread {
	private readonly ring: Buffer;
	private readonly counts: BigInt64Array;
	private readonly worker: Worker;
	private readonly results: MessageChannel['port1'];
	/** Ring bytes handed to the worker, counting the ends skipped to keep each pack whole. */
	private produced = 0;
	private files = 0;
	private finished = 0;

	constructor(ringBytes = 4 << 20) {
		const ring = new SharedArrayBuffer(ringBytes);
		const counters = new SharedArrayBuffer(2 * BigInt64Array.BYTES_PER_ELEMENT);
		this.ring = Buffer.from(ring);
		this.counts = new BigInt64Array(counters);
		const { port1, port2 } = new MessageChannel();
		this.results = port1;
		// The build runs under tsx; its require hook lets the worker load the TypeScript module.
		// Both found from here, so a build started in any folder finds them.
		const script = join(import.meta.dirname, 'pack-thread-worker.ts');
		const tsx = createRequire(script).resolve('tsx/cjs/api');
		this.worker = new Worker(
			`require(${JSON.stringify(tsx)}).require(${JSON.stringify(script)}, ${JSON.stringify(script)});`,
			{ eval: true, workerData: { ring, counters, results: port2 }, transferList: [port2] }
		);
		this.worker.unref();
	}

	/** A new file's number, for `add` and `finish`. */
	open(): number {
		return this.files++;
	}

	add(file: number, text: string): void {
		const length = Buffer.byteLength(text, 'utf8');
		const size = this.ring.byteLength;
		if (length > size / 2) {
			this.post({ type: 'pack', file, at: 0, length, advance: 0, bytes: Buffer.from(text) });
			return;
		}
		const offset = this.produced % size;
		// A pack is never split across the ring's end: the bytes before it are skipped.
		const at = offset + length > size ? 0 : offset;
		const advance = (at === 0 && offset !== 0 ? size - offset : 0) + length;
		this.waitFor(RING_FREED, () => this.produced + advance - this.count(RING_FREED) <= size);
		this.ring.write(text, at, length, 'utf8');
		this.produced += advance;
		this.post({ type: 'pack', file, at, length, advance });
	}

	/** Ends a file: the worker deflates its last pack, then writes it to `path`. */
	finish(file: number, path: string): void {
		this.finished++;
		this.post({ type: 'finish', file, path });
	}

	/** Waits until every finished file is written; each one's manifest fields, by number. */
	settle(): Map<number, PackedFields> {
		this.waitFor(FILES_DONE, () => this.count(FILES_DONE) >= this.finished);
		const written = new Map<number, PackedFields>();
		for (let message; (message = receiveMessageOnPort(this.results));) {
			const reply = message.message as FromWorker;
			if (reply.type === 'failed') throw new Error(`writing the bundle files: ${reply.message}`);
			written.set(reply.file, reply.fields);
		}
		return written;
	}

	close(): Promise<number> {
		this.results.close();
		return this.worker.terminate();
	}

	private post(message: ToWorker): void {
		this.worker.postMessage(
			message,
			message.type === 'pack' && message.bytes ? [message.bytes.buffer as ArrayBuffer] : []
		);
	}

	private count(counter: number): number {
		return Number(Atomics.load(this.counts, counter));
	}

	private waitFor(counter: number, done: () => boolean): void {
		while (!done()) {
			const seen = Atomics.load(this.counts, counter);
			if (done()) return;
			if (Atomics.wait(this.counts, counter, seen, STALL_MS) === 'timed-out')
				throw new Error(`the thread that writes the bundle files stopped for ${STALL_MS / 1000} s`);
		}
	}
}
