/**
 * Runs tasks a few at a time. The first failure stops the rest (their signal aborts) and is
 * rethrown only after every running task has settled, so a caller that cleans up after a
 * failure never races a write still in flight.
 */
export async function runLimited<T>(
	items: readonly T[],
	limit: number,
	outer: AbortSignal | undefined,
	task: (item: T, signal: AbortSignal) => Promise<void>
): Promise<void> {
	const controller = new AbortController();
	const stop = () => controller.abort(outer?.reason);
	if (outer?.aborted) stop();
	outer?.addEventListener('abort', stop, { once: true });
	let next = 0;
	let failure: { error: unknown } | undefined;
	const lane = async () => {
		while (!failure && next < items.length) {
			if (controller.signal.aborted) {
				failure ??= { error: controller.signal.reason };
				break;
			}
			const item = items[next++]!;
			try {
				await task(item, controller.signal);
			} catch (error) {
				failure ??= { error };
				controller.abort(error);
			}
		}
	};
	try {
		await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
	} finally {
		outer?.removeEventListener('abort', stop);
	}
	if (failure) throw failure.error;
}
