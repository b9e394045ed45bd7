/**
 * Stand-ins for the parts AppSession keeps in step (session-parts.ts), with runes so the
 * session's effects see their changes, and a record of what the session asked of them;
 * startSession makes a session over them.
 */
import { flushSync } from 'svelte';
import { vi } from 'vitest';
import { I18n } from '../../../src/lib/i18n/i18n.svelte';
import { Router } from '../../../src/lib/router/router.svelte';
import { AppSession } from '../../../src/lib/session/app-session.svelte';
import type { SearchFilters } from '../../../src/lib/search/search-types';
import type { SearchDoc } from '../../../src/model/types';

interface FakeProfile {
	entity: { id: string; name: string };
}

export class FakeData {
	bundle = $state.raw<{ manifest: { version: string } } | undefined>();
	isReady = $derived(this.bundle !== undefined);
	progress = $state.raw<{ phase: string }>({ phase: 'idle' });
	updateVersion = $state<string | undefined>();
	readonly start = vi.fn(async () => {});
	readonly store = {
		warm: vi.fn(async () => {}),
		eachSearchPack: vi.fn(async (_onPack: (docs: SearchDoc[]) => void) => {})
	};

	/** Installs `version`, as AppData does once a bundle is stored. */
	install(version: string): void {
		this.bundle = { manifest: { version } };
	}
}

/** Reads wait until the test answers them with `answer`. */
export class FakeProfiles {
	id = $state<string | undefined>();
	profile = $state.raw<FakeProfile | undefined>();
	isLoading = $state(false);
	isNotFound = $derived(this.id !== undefined && !this.isLoading && this.profile === undefined);
	readonly loaded: string[] = [];

	async load(id: string): Promise<void> {
		this.loaded.push(id);
		this.id = id;
		this.isLoading = true;
	}

	/** The read of the latest id ends: with `name`'s profile, or none (no such entity). */
	answer(name?: string): void {
		const id = this.id;
		if (id === undefined) throw new Error('no profile is being read');
		this.profile = name === undefined ? undefined : { entity: { id, name } };
		this.isLoading = false;
	}
}

export class FakeSearch {
	text = $state('');
	filters = $state.raw<SearchFilters>({});
	readonly load = vi.fn(async (_version?: string) => {});
}

export function fakeScroll() {
	return { pageShown: vi.fn(), destroy: vi.fn() };
}

/** A session over stand-ins, on the real router (the address is jsdom's). */
export function startSession({ isStaged = false } = {}) {
	const router = new Router();
	const appData = new FakeData();
	const profiles = new FakeProfiles();
	const search = new FakeSearch();
	const institutions = { load: vi.fn(async () => {}) };
	const i18n = new I18n({ storage: null, languages: ['en'] });
	const scroll = fakeScroll();
	const preload = vi.fn(async () => {});
	const root = document.createElement('html');
	let session!: AppSession;
	const stop = $effect.root(() => {
		session = new AppSession({
			...{ router, appData, profiles, search, institutions, i18n, isStaged, preload, root },
			createScroll: () => scroll
		});
	});
	flushSync();
	return {
		session,
		stop,
		router,
		appData,
		profiles,
		search,
		institutions,
		i18n,
		scroll,
		preload,
		root
	};
}
