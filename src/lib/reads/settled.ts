/**
 * The values of promises that have resolved, kept beside them: a caller holding a promise
 * whose value is known goes on at once instead of awaiting it, so a read sends its request
 * before a microtask (a render the page queued) runs first.
 */
export class Settled {
	readonly #values = new WeakMap<Promise<unknown>, unknown>();

	/** The promise, its value kept once it resolves. */
	track<T>(promise: Promise<T>): Promise<T> {
		promise.then(
			(value) => this.#values.set(promise, value),
			() => undefined
		);
		return promise;
	}

	/** Records a value known already (a promise made of it). */
	set<T>(promise: Promise<T>, value: T): void {
		this.#values.set(promise, value);
	}

	has(promise: Promise<unknown>): boolean {
		return this.#values.has(promise);
	}

	/** The value `promise` resolved to; call after has(). */
	get<T>(promise: Promise<T>): T {
		return this.#values.get(promise) as T;
	}
}
