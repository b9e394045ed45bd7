import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { URL_PAUSE_MS } from '../../../src/lib/session/app-session.svelte';
import { startSession } from '../../fixtures/session-fakes.svelte';

const marks = vi.hoisted(() => [] as { name: string; detail: unknown }[]);
/** The start's task breaks, ended one at a time by the test (nextTask.end()). */
const tasks = vi.hoisted(() => {
	const waiting: (() => void)[] = [];
	return { waiting, end: () => waiting.shift()?.() };
});
vi.mock('../../../src/lib/start/next-task', () => ({
	nextTask: () => new Promise<void>((resolve) => tasks.waiting.push(resolve))
}));
/** The idle waits (whenIdle), ended all at once by the test (idle.end()). */
const idle = vi.hoisted(() => {
	const waiting: (() => void)[] = [];
	return { waiting, end: () => waiting.splice(0).forEach((resolve) => resolve()) };
});
vi.mock('../../../src/lib/start/when-idle', async (original) => ({
	...(await original<typeof import('../../../src/lib/start/when-idle')>()),
	whenIdle: () => new Promise<void>((resolve) => idle.waiting.push(resolve))
}));
vi.mock('../../../src/lib/start/bench-mark', () => ({
	markForBench: (name: string, detail: unknown) => marks.push({ name, detail }),
	measureForBench: () => {}
}));

describe('AppSession keeps the parts in step', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		window.history.replaceState(null, '', '#/');
		marks.length = 0;
		tasks.waiting.length = 0;
		idle.waiting.length = 0;
	});
	afterEach(() => {
		vi.useRealTimers();
		window.history.replaceState(null, '', '#/');
	});

	it('reads the profile the address names, once there is data, and again for a new version', () => {
		const { stop, router, appData, profiles } = startSession();
		router.replace({ name: 'person', id: 'p-1' });
		flushSync();
		expect(profiles.loaded).toEqual([]);
		appData.install('v1');
		flushSync();
		expect(profiles.loaded).toEqual(['p-1']);
		router.replace({ name: 'graph', id: 'p-1' });
		flushSync();
		expect(profiles.loaded).toEqual(['p-1']);
		router.replace({ name: 'party', id: 'o-2' });
		appData.install('v2');
		flushSync();
		expect(profiles.loaded).toEqual(['p-1', 'o-2']);
		appData.install('v3');
		flushSync();
		expect(profiles.loaded).toEqual(['p-1', 'o-2', 'o-2']);
		router.replace({ name: 'sources' });
		appData.install('v4');
		flushSync();
		expect(profiles.loaded).toHaveLength(3);
		stop();
	});

	it('has a first install searched early, before its core is in, and then as installed', () => {
		const { stop, appData, search } = startSession();
		appData.searchVersion = 'v1';
		flushSync();
		expect(search.load.mock.calls).toEqual([['v1', { isEarly: true }]]);
		appData.install('v1');
		flushSync();
		// Once data is in use, a version searched early again (none is) would not be loaded early.
		appData.searchVersion = 'v2';
		flushSync();
		expect(search.load.mock.calls).toEqual([['v1', { isEarly: true }], ['v1']]);
		stop();
	});

	it('drops the index searched early when that first install fails', () => {
		const { stop, appData, search } = startSession();
		appData.searchVersion = 'v1';
		flushSync();
		expect(search.clear).not.toHaveBeenCalled();
		appData.searchVersion = undefined;
		flushSync();
		expect(search.clear).toHaveBeenCalledTimes(1);
		// The retry's search documents are searched again.
		appData.searchVersion = 'v2';
		flushSync();
		expect(search.load.mock.calls.at(-1)).toEqual(['v2', { isEarly: true }]);
		stop();
	});

	it('has the search index built for each version, and marks the data ready for the bench', () => {
		const { stop, appData, search } = startSession();
		expect(search.load).not.toHaveBeenCalled();
		appData.install('v1');
		flushSync();
		appData.install('v2');
		flushSync();
		expect(search.load.mock.calls).toEqual([['v1'], ['v2']]);
		expect(marks.filter((mark) => mark.name === 'plainview:data-ready')).toEqual([
			{ name: 'plainview:data-ready', detail: { version: 'v1' } },
			{ name: 'plainview:data-ready', detail: { version: 'v2' } }
		]);
		stop();
	});

	it('builds the index once the page is idle on an explore page drawn from stored answers, for the version still in use', async () => {
		window.history.replaceState(null, '', '#/explore/donations');
		const { stop, appData, search } = startSession();
		appData.install('v1');
		flushSync();
		expect(search.load).not.toHaveBeenCalled();
		idle.end();
		await vi.waitFor(() => expect(search.load.mock.calls).toEqual([['v1']]));
		// A version replaced before the page was idle is not loaded after the newer one.
		appData.install('v2');
		flushSync();
		appData.install('v3');
		flushSync();
		idle.end();
		await vi.waitFor(() => expect(search.load.mock.calls).toEqual([['v1'], ['v3']]));
		stop();
	});

	it('marks each profile drawn for the bench', () => {
		const { stop, router, appData, profiles } = startSession();
		appData.install('v1');
		router.replace({ name: 'person', id: 'p-1' });
		flushSync();
		expect(marks.some((mark) => mark.name === 'plainview:profile-drawn')).toBe(false);
		profiles.answer('Anna Liepa');
		flushSync();
		expect(marks.filter((mark) => mark.name === 'plainview:profile-drawn')).toEqual([
			{ name: 'plainview:profile-drawn', detail: { id: 'p-1' } }
		]);
		stop();
	});

	it('puts what is typed on the search page in the address once typing pauses', () => {
		const { stop, router, search } = startSession();
		router.replace({ name: 'search', q: '' });
		flushSync();
		const entries = window.history.length;
		search.text = 'b';
		flushSync();
		vi.advanceTimersByTime(URL_PAUSE_MS - 100);
		search.text = 'bē';
		flushSync();
		vi.advanceTimersByTime(URL_PAUSE_MS - 100);
		expect(window.location.hash).toBe('#/search');
		vi.advanceTimersByTime(100);
		expect(window.location.hash).toBe(`#/search?q=${encodeURIComponent('bē')}`);
		expect(window.history.length).toBe(entries);
		stop();
	});

	it('starts staged: the page in a task after the header, the data in a task after that', async () => {
		const { session, stop, router, search, appData } = startSession({ isStaged: true });
		const replaceSoon = vi.spyOn(router, 'replaceSoon');
		router.replace({ name: 'search', q: '' });
		search.text = 'early';
		flushSync();
		expect(session.isPageShown).toBe(false);
		// The page first takes its text from the address: what is typed waits for it.
		expect(replaceSoon).not.toHaveBeenCalled();
		tasks.end();
		await vi.waitFor(() => expect(session.isPageShown).toBe(true));
		flushSync();
		expect(replaceSoon).toHaveBeenCalledWith({ name: 'search', q: 'early' }, URL_PAUSE_MS);
		expect(appData.start).not.toHaveBeenCalled();
		tasks.end();
		await vi.waitFor(() => expect(appData.start).toHaveBeenCalledTimes(1));
		stop();
	});

	it('leaves the address alone when the text changes on another page', () => {
		const { stop, router, search } = startSession();
		router.replace({ name: 'sources' });
		flushSync();
		search.text = 'later';
		flushSync();
		vi.advanceTimersByTime(URL_PAUSE_MS);
		expect(window.location.hash).toBe('#/sources');
		stop();
	});

	it('fills the home page’s box from its address and clears the filters', () => {
		const { stop, router, search } = startSession();
		search.filters = { party: 'Zaļo Pļavu Partija' };
		router.replace({ name: 'home', q: 'liepa' });
		flushSync();
		expect(search.text).toBe('liepa');
		expect(search.filters).toEqual({});
		router.replace({ name: 'home' });
		flushSync();
		expect(search.text).toBe('');
		stop();
	});

	it('lists the institutions when their page is open and there is data', () => {
		const { stop, router, appData, institutions } = startSession();
		router.replace({ name: 'institutions' });
		flushSync();
		expect(institutions.load).not.toHaveBeenCalled();
		appData.install('v1');
		flushSync();
		expect(institutions.load).toHaveBeenCalledTimes(1);
		const [version, eachSearchPack] = institutions.load.mock.calls[0] as unknown as [
			string,
			(onPack: () => void) => Promise<void>
		];
		expect(version).toBe('v1');
		const onPack = () => {};
		void eachSearchPack(onPack);
		expect(appData.store.eachSearchPack).toHaveBeenCalledWith(onPack);
		stop();
	});

	it('reads ahead after 10 s when the search index never comes', async () => {
		const idle: (() => void)[] = [];
		vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
		vi.stubGlobal('cancelIdleCallback', () => {});
		try {
			const { stop, appData } = startSession();
			appData.install('v1');
			flushSync();
			await vi.advanceTimersByTimeAsync(9_900);
			expect(idle).toHaveLength(0);
			await vi.advanceTimersByTimeAsync(200);
			expect(idle).toHaveLength(1);
			stop();
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('reads ahead once the data is there, the search index read and the page idle', async () => {
		const idle: (() => void)[] = [];
		vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
		vi.stubGlobal('cancelIdleCallback', () => {});
		try {
			const { stop, appData, preload, search } = startSession();
			expect(idle).toHaveLength(0);
			appData.install('v1');
			flushSync();
			await vi.advanceTimersByTimeAsync(20);
			expect(idle).toHaveLength(0);
			search.markIndexed();
			await vi.advanceTimersByTimeAsync(0);
			expect(idle).toHaveLength(1);
			expect(appData.store.warm).not.toHaveBeenCalled();
			idle[0]!();
			expect(appData.store.warm).toHaveBeenCalledTimes(1);
			expect(preload).toHaveBeenCalledTimes(1);
			stop();
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
