/**
 * Stand-ins for the data and search state classes, so the shell can be tested without
 * IndexedDB or workers. They keep the real classes' public shape, with runes for reactivity.
 */
import type { InstallProgress } from '../../src/lib/ingest/progress';
import type { Profile } from '../../src/lib/reads/profile';
import type { StoredBundle } from '../../src/lib/storage/versions';
import type { SearchDoc } from '../../src/model/types';

/** The profiles the fake state can load, by id. */
export const fakeProfiles: Record<string, Profile> = {};
export const loaded: string[] = [];

export class FakeAppData {
	progress = $state<InstallProgress>({
		phase: 'idle',
		files: { done: 0, total: 0 },
		bytes: { done: 0, total: 0 },
		records: { done: 0, total: 0 }
	});
	bundle = $state.raw<StoredBundle | undefined>();
	isReady = $derived(this.bundle !== undefined);
	updateVersion = $state<string | undefined>();
	static next: StoredBundle | undefined;
	readonly store = {
		eachSearchPack: async (onPack: (docs: SearchDoc[]) => void) => {
			onPack([
				{
					id: 'o-90000028300',
					kind: 'institution',
					name: 'Latvijas Republikas Saeima',
					otherNames: [],
					roles: [],
					posts: [],
					parties: []
				},
				{
					id: 'p-1',
					kind: 'person',
					name: 'Anna Liepa',
					otherNames: [],
					roles: [],
					posts: [],
					parties: []
				}
			]);
		}
	};

	async start(): Promise<void> {
		this.bundle = FakeAppData.next;
		if (!this.bundle) {
			this.progress = {
				phase: 'downloading',
				files: { done: 1, total: 4 },
				bytes: { done: 1000, total: 4000 },
				records: { done: 10, total: 40 }
			};
		}
	}
}

export class FakeProfileState {
	profile = $state.raw<Profile | undefined>();
	isLoading = $state(false);
	error = $state<string | undefined>();
	isNotFound = $state(false);

	constructor(_store: unknown) {}

	async load(id: string): Promise<void> {
		loaded.push(id);
		this.isLoading = true;
		await Promise.resolve();
		this.profile = fakeProfiles[id];
		this.isNotFound = this.profile === undefined;
		this.isLoading = false;
	}
}

export class FakeSearchState {
	text = $state('');
	results = $state.raw([]);
	filters = $state.raw({});
	facets = $state.raw({ parties: [] });
	active = $state(-1);
	isLoading = $state(false);
	isReady = $state(true);
	error = $state<string | undefined>();
	versions: string[] = [];

	constructor(_client: unknown) {}

	get activeHit(): undefined {
		return undefined;
	}

	move(_step: number): void {}

	async load(version?: string): Promise<void> {
		if (version) this.versions.push(version);
	}
}
