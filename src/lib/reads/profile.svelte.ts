/**
 * One profile as a view sees it: which id, the assembled profile, and whether it is
 * loading, failed, or does not exist. Reads go through BundleStore; a view never calls Dexie.
 */
import { describeError } from '../ingest/describe-error';
import { measureForBench } from '../start/bench-mark';
import type { Profile } from './profile';
import type { BundleStore } from './store';

export class ProfileState {
	id = $state<string | undefined>();
	/** Replaced, never mutated: raw skips a deep proxy over hundreds of facts. */
	profile = $state.raw<Profile | undefined>();
	isLoading = $state(false);
	error = $state<string | undefined>();
	/** The id was looked up and the active bundle has no such entity. */
	isNotFound = $derived(
		this.id !== undefined &&
			!this.isLoading &&
			this.error === undefined &&
			this.profile === undefined
	);
	readonly #store: Pick<BundleStore, 'loadProfile'>;
	/** Only the latest load may write: a slow earlier one must not overwrite it. */
	#latest = 0;

	constructor(store: Pick<BundleStore, 'loadProfile'>) {
		this.#store = store;
	}

	async load(id: string): Promise<void> {
		const request = ++this.#latest;
		this.id = id;
		this.isLoading = true;
		this.error = undefined;
		// The previous profile stays until this one is read: App keeps its page drawn meanwhile,
		// and a view shows a profile only under its own id (EntityPage), never another's.
		try {
			const started = performance.now();
			const profile = await this.#store.loadProfile(id);
			measureForBench('plainview:profile-data', started, { id, isFound: profile !== undefined });
			if (request === this.#latest) this.profile = profile;
		} catch (error) {
			if (request === this.#latest) this.error = describeError(error);
		} finally {
			if (request === this.#latest) this.isLoading = false;
		}
	}

	/** Reads the same id again, e.g. after an update switched the bundle version. */
	reload(): Promise<void> {
		return this.id === undefined ? Promise.resolve() : this.load(this.id);
	}
}
