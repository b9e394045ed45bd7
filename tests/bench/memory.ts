/**
 * Memory and storage as Chromium reports them: the page's JS heap (CDP Performance
 * metrics), each worker's heap (CDP Runtime.getHeapUsage in the worker's own session),
 * navigator.storage.estimate(), and the IndexedDB folder's size on disk.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { withTimeout } from './chromium';

export interface HeapReport {
	/** Page main thread, JSHeapUsedSize, bytes, before and after a forced GC. */
	pageBytes: number;
	pageAfterGcBytes: number;
	/**
	 * Array buffers (and external strings) of the page after GC: outside the JS heap, yet
	 * where typed-array data lives (the search index, the docs' bytes). Runtime.getHeapUsage's
	 * backingStorageSize; undefined when this Chromium does not report it.
	 */
	pageBuffersBytes?: number;
	/** Every worker alive at the time, after a forced GC in it. */
	workers: { url: string; usedBytes: number; buffersBytes?: number }[];
}

interface HeapUsage {
	usedSize?: number;
	backingStorageSize?: number;
}

export async function measureHeap(cdp: CDPSession): Promise<HeapReport> {
	await cdp.send('Performance.enable');
	const used = async () =>
		(await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')
			?.value ?? 0;
	const pageBytes = await used();
	await cdp.send('HeapProfiler.collectGarbage');
	const pageAfterGcBytes = await used();
	const usage = (await cdp.send('Runtime.getHeapUsage')) as HeapUsage;
	return {
		pageBytes,
		pageAfterGcBytes,
		pageBuffersBytes: usage.backingStorageSize,
		workers: await workerHeaps(cdp)
	};
}

/**
 * Playwright exposes no CDP session for a worker, so this attaches to each worker target
 * in the old non-flattened mode and talks to it through Target.sendMessageToTarget.
 */
async function workerHeaps(cdp: CDPSession): Promise<HeapReport['workers']> {
	const { targetInfos } = await cdp.send('Target.getTargets');
	const waiting = new Map<number, (result: unknown) => void>();
	const listener = (event: { message: string }) => {
		const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
		if (reply.id === undefined) return;
		waiting.get(reply.id)?.(reply.result ?? reply.error);
		waiting.delete(reply.id);
	};
	cdp.on('Target.receivedMessageFromTarget', listener);
	let nextId = 1;
	const heaps: HeapReport['workers'] = [];
	try {
		for (const target of targetInfos.filter((t) => t.type === 'worker')) {
			const { sessionId } = await cdp.send('Target.attachToTarget', {
				targetId: target.targetId,
				flatten: false
			});
			const call = (method: string) =>
				withTimeout(
					`${method} in ${target.url}`,
					30_000,
					new Promise<unknown>((resolve) => {
						const id = nextId++;
						waiting.set(id, resolve);
						void cdp.send('Target.sendMessageToTarget', {
							sessionId,
							message: JSON.stringify({ id, method })
						});
					})
				);
			try {
				await call('HeapProfiler.collectGarbage');
				const usage = (await call('Runtime.getHeapUsage')) as HeapUsage;
				heaps.push({
					url: target.url,
					usedBytes: usage.usedSize ?? 0,
					buffersBytes: usage.backingStorageSize
				});
			} catch (error) {
				// A worker that ended meanwhile (the ingest worker, once it is done) never answers;
				// its heap is gone, so it is left out. One still running must answer.
				const { targetInfos: now } = await cdp.send('Target.getTargets');
				if (now.some((t) => t.targetId === target.targetId)) throw error;
			} finally {
				await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
			}
		}
	} finally {
		cdp.off('Target.receivedMessageFromTarget', listener);
	}
	return heaps;
}

export interface StorageReport {
	/** navigator.storage.estimate().usage for the origin. */
	estimateBytes: number;
	/** Bytes in the profile's IndexedDB folder on disk (LevelDB files and blobs). */
	indexedDbDiskBytes: number;
}

export async function measureStorage(page: Page, profileDir: string): Promise<StorageReport> {
	const estimate = await page.evaluate(() => navigator.storage.estimate());
	return {
		estimateBytes: estimate.usage ?? 0,
		indexedDbDiskBytes: folderBytes(join(profileDir, 'Default', 'IndexedDB'))
	};
}

function folderBytes(dir: string): number {
	let total = 0;
	try {
		for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
			if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
		}
	} catch {
		return 0; // no such folder yet
	}
	return total;
}
