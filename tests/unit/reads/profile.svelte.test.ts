import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/lib/reads/profile';
import { ProfileState } from '../../../src/lib/reads/profile.svelte';
import { assembleProfile } from '../../../src/lib/reads/profiles';

const profileOf = (id: string): Profile =>
	assembleProfile({ id, name: id, otherNames: [], maskedCodes: [], sources: [] }, undefined);

/** A store whose answers the test releases by hand, in any order. */
function manualStore() {
	const pending = new Map<
		string,
		{ resolve: (p: Profile | undefined) => void; reject: (e: Error) => void }
	>();
	return {
		pending,
		loadProfile: (id: string) =>
			new Promise<Profile | undefined>((resolve, reject) => pending.set(id, { resolve, reject }))
	};
}

describe('ProfileState', () => {
	it('loads a profile', async () => {
		const store = manualStore();
		const state = new ProfileState(store);
		const loading = state.load('p-1');
		expect(state).toMatchObject({ id: 'p-1', isLoading: true, isNotFound: false });
		store.pending.get('p-1')!.resolve(profileOf('p-1'));
		await loading;
		expect(state.profile?.entity.id).toBe('p-1');
		expect(state.isLoading).toBe(false);
	});

	it('says when the id is not in the bundle', async () => {
		const store = manualStore();
		const state = new ProfileState(store);
		const loading = state.load('p-404');
		store.pending.get('p-404')!.resolve(undefined);
		await loading;
		expect(state.isNotFound).toBe(true);
	});

	it('keeps the error of a failed read', async () => {
		const store = manualStore();
		const state = new ProfileState(store);
		const loading = state.load('p-1');
		store.pending.get('p-1')!.reject(new Error('storage is gone'));
		await loading;
		expect(state).toMatchObject({ error: 'storage is gone', isNotFound: false, isLoading: false });
	});

	it('shows the latest request even when an earlier one answers last', async () => {
		const store = manualStore();
		const state = new ProfileState(store);
		const first = state.load('p-1');
		const second = state.load('p-2');
		store.pending.get('p-2')!.resolve(profileOf('p-2'));
		await second;
		store.pending.get('p-1')!.resolve(profileOf('p-1'));
		await first;
		expect(state.profile?.entity.id).toBe('p-2');
		expect(state.id).toBe('p-2');
	});
});
