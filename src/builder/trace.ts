/**
 * With PLAINVIEW_BUILD_TRACE set, the build prints each step's elapsed time and memory to
 * stderr, so a slow or large build shows where its time and memory go.
 */
import { readFileSync } from 'node:fs';

const started = performance.now();
const on = !!process.env.PLAINVIEW_BUILD_TRACE;
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

export function trace(step: string): void {
	if (!on) return;
	// With node --expose-gc, the heap figure is what is still held, not what waits for collection.
	(globalThis as { gc?: () => void }).gc?.();
	const m = process.memoryUsage();
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.error(
		`[build ${seconds} s] ${step}: rss ${mib(m.rss)} MiB (peak so far ${peakMib()}), heap ${mib(m.heapUsed)} of ${mib(m.heapTotal)} MiB, buffers ${mib(m.arrayBuffers)} MiB`
	);
}

/** The process's peak resident memory so far (Linux's VmHWM), or '?' where /proc has none. */
function peakMib(): string {
	try {
		const kb = /VmHWM:\s*(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
		return kb ? `${Math.round(Number(kb) / 1024)} MiB` : '?';
	} catch {
		return '?';
	}
}
