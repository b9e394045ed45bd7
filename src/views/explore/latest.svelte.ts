/**
 * The answer to the newest question only: while a slower, older answer is on its way, a click
 * asks again, and the older answer is dropped when it arrives. The last answer stays drawn
 * until the next one comes, so charts do not flicker.
 */
import { untrack } from 'svelte';

export interface Latest<T> {
	readonly value: T | undefined;
	readonly error: Error | undefined;
	readonly isBusy: boolean;
}

/** Must be made during a component's setup: `ask` runs again whenever `key()` changes. */
export function latest<T>(ask: () => Promise<T>, key: () => string): Latest<T> {
	let value = $state.raw<T>();
	let error = $state.raw<Error>();
	let isBusy = $state(false);
	let asked = 0;
	$effect(() => {
		void key();
		untrack(() => askNow());
	});
	function askNow() {
		const mine = ++asked;
		isBusy = true;
		ask().then(
			(answer) => {
				if (mine !== asked) return;
				[value, error, isBusy] = [answer, undefined, false];
			},
			(reason: unknown) => {
				if (mine !== asked) return;
				error = reason instanceof Error ? reason : new Error(String(reason));
				isBusy = false;
			}
		);
	}
	return {
		get value() {
			return value;
		},
		get error() {
			return error;
		},
		get isBusy() {
			return isBusy;
		}
	};
}
