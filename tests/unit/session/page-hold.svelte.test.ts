import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Route } from '../../../src/lib/router/routes';
import { HOLD_MS, PageHold } from '../../../src/lib/session/page-hold.svelte';

/** A hold over a route and a set of read ids the test changes. */
function holdOver(first: Route) {
	const state = $state({ route: first, read: new Set<string>() });
	let hold!: PageHold;
	const stop = $effect.root(() => {
		hold = new PageHold(
			() => state.route,
			(id) => state.read.has(id)
		);
	});
	flushSync();
	const go = (route: Route) => {
		state.route = route;
		flushSync();
	};
	const read = (id: string) => {
		state.read = new Set([...state.read, id]);
		flushSync();
	};
	return { hold, stop, go, read };
}

describe('PageHold', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('shows a route without a profile at once', () => {
		const { hold, stop, go } = holdOver({ name: 'home' });
		expect(hold.shown).toEqual({ name: 'home' });
		go({ name: 'sources' });
		expect(hold.shown).toEqual({ name: 'sources' });
		stop();
	});

	it('keeps the previous page until the profile is read', () => {
		const { hold, stop, go, read } = holdOver({ name: 'sources' });
		go({ name: 'person', id: 'p-1' });
		expect(hold.shown).toEqual({ name: 'sources' });
		vi.advanceTimersByTime(HOLD_MS / 2);
		read('p-1');
		expect(hold.shown).toEqual({ name: 'person', id: 'p-1' });
		stop();
	});

	it('shows the new page after HOLD_MS when the read takes longer', () => {
		const { hold, stop, go } = holdOver({ name: 'sources' });
		go({ name: 'person', id: 'p-1' });
		vi.advanceTimersByTime(HOLD_MS - 10);
		expect(hold.shown.name).toBe('sources');
		vi.advanceTimersByTime(10);
		expect(hold.shown).toEqual({ name: 'person', id: 'p-1' });
		stop();
	});

	it('holds at most HOLD_MS in all, however often what it reads changes meanwhile', () => {
		const { hold, stop, go, read } = holdOver({ name: 'sources' });
		const person = { name: 'person', id: 'p-1' } as const;
		go(person);
		vi.advanceTimersByTime(HOLD_MS - 20);
		// Another profile is read: the hold is looked at again, but its clock does not restart.
		read('p-other');
		vi.advanceTimersByTime(20);
		expect(hold.shown).toEqual(person);
		stop();
	});

	it('holds a new profile route afresh, from the previous page still shown', () => {
		const { hold, stop, go } = holdOver({ name: 'sources' });
		go({ name: 'person', id: 'p-1' });
		vi.advanceTimersByTime(HOLD_MS - 20);
		go({ name: 'person', id: 'p-2' });
		vi.advanceTimersByTime(HOLD_MS - 20);
		expect(hold.shown.name).toBe('sources');
		vi.advanceTimersByTime(20);
		expect(hold.shown).toEqual({ name: 'person', id: 'p-2' });
		stop();
	});

	it('shows a profile already read at once', () => {
		const { hold, stop, go, read } = holdOver({ name: 'home' });
		read('p-1');
		go({ name: 'graph', id: 'p-1' });
		expect(hold.shown).toEqual({ name: 'graph', id: 'p-1' });
		stop();
	});

	it('stops its timer when taken down', () => {
		const { hold, stop, go } = holdOver({ name: 'home' });
		go({ name: 'person', id: 'p-1' });
		stop();
		vi.advanceTimersByTime(HOLD_MS * 2);
		expect(hold.shown).toEqual({ name: 'home' });
	});
});
