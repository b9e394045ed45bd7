import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { URL_PAUSE_MS } from '../../../src/lib/session/app-session.svelte';
import { HOLD_MS } from '../../../src/lib/session/page-hold.svelte';
import { startSession } from '../../fixtures/session-fakes.svelte';

describe('AppSession draws the page', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		window.history.replaceState(null, '', '#/');
	});
	afterEach(() => {
		vi.useRealTimers();
		window.history.replaceState(null, '', '#/');
	});
	it('draws the previous page while a profile is read, at most HOLD_MS', () => {
		const { session, stop, router, appData, profiles } = startSession();
		appData.install('v1');
		router.replace({ name: 'sources' });
		flushSync();
		router.replace({ name: 'person', id: 'p-1' });
		flushSync();
		// The header follows the address at once; the page waits for the data.
		expect(session.route).toEqual({ name: 'person', id: 'p-1' });
		expect(session.shown).toEqual({ name: 'sources' });
		profiles.answer('Anna Liepa');
		flushSync();
		expect(session.shown).toEqual({ name: 'person', id: 'p-1' });

		router.replace({ name: 'person', id: 'p-2' });
		flushSync();
		vi.advanceTimersByTime(HOLD_MS - 1);
		expect(session.shown).toEqual({ name: 'person', id: 'p-1' });
		vi.advanceTimersByTime(1);
		expect(session.shown).toEqual({ name: 'person', id: 'p-2' });
		stop();
	});

	it('draws a profile route at once while there is no data to read it from', () => {
		const { session, stop, router } = startSession();
		router.replace({ name: 'person', id: 'p-1' });
		flushSync();
		expect(session.shown).toEqual({ name: 'person', id: 'p-1' });
		stop();
	});

	it('moves focus and scroll to each new page, but not for the first or while typing', () => {
		const { session, stop, router, appData, profiles, search, scroll } = startSession();
		const main = document.createElement('main');
		main.tabIndex = -1;
		document.body.append(main);
		session.main = main;
		const box = document.createElement('input');
		document.body.append(box);
		box.focus();
		flushSync();
		expect(scroll.pageShown).not.toHaveBeenCalled();

		router.replace({ name: 'search', q: '' });
		flushSync();
		expect(document.activeElement).toBe(main);
		expect(scroll.pageShown).toHaveBeenCalledTimes(1);

		box.focus();
		search.text = 'liepa';
		flushSync();
		vi.advanceTimersByTime(URL_PAUSE_MS);
		flushSync();
		expect(router.route).toEqual({ name: 'search', q: 'liepa' });
		expect(document.activeElement).toBe(box);
		expect(scroll.pageShown).toHaveBeenCalledTimes(1);

		// A profile's page is focused when it is drawn, not when the address changes.
		appData.install('v1');
		router.replace({ name: 'person', id: 'p-1' });
		flushSync();
		expect(scroll.pageShown).toHaveBeenCalledTimes(1);
		profiles.answer('Anna Liepa');
		flushSync();
		expect(scroll.pageShown).toHaveBeenCalledTimes(2);
		expect(document.activeElement).toBe(main);
		stop();
		expect(scroll.destroy).toHaveBeenCalledTimes(1);
		main.remove();
		box.remove();
	});

	it('titles the page with the profile read, or says it is missing', () => {
		const { session, stop, router, appData, profiles } = startSession();
		expect(session.title).toBe('Plainview');
		appData.install('v1');
		router.replace({ name: 'person', id: 'p-1' });
		flushSync();
		expect(session.title).not.toContain('Anna Liepa');
		profiles.answer('Anna Liepa');
		flushSync();
		expect(session.title).toBe('Anna Liepa · Plainview');
		router.replace({ name: 'person', id: 'p-nobody' });
		flushSync();
		const loading = session.title;
		profiles.answer();
		flushSync();
		expect(session.title).not.toBe(loading);
		expect(session.title).toContain('Plainview');
		router.replace({ name: 'connect', a: 'p-1', b: 'p-2' });
		session.connectNames = { a: 'Anna Liepa', b: 'Jānis Bēldiņš' };
		flushSync();
		expect(session.title).toContain('Anna Liepa');
		expect(session.title).toContain('Jānis Bēldiņš');
		stop();
	});

	it('sets the document’s language, and shows the install progress while there is no data', () => {
		const { session, stop, i18n, root, appData } = startSession();
		expect(root.lang).toBe('en');
		i18n.setLocale('lv');
		flushSync();
		expect(root.lang).toBe('lv');
		expect(session.showInstall).toBe(false);
		appData.progress = { phase: 'downloading' };
		expect(session.showInstall).toBe(true);
		appData.install('v1');
		expect(session.showInstall).toBe(false);
		appData.updateVersion = 'v2';
		expect(session.showInstall).toBe(true);
		stop();
	});
});
