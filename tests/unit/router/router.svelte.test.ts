import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from '../../../src/lib/router/router.svelte';
import type { Route } from '../../../src/lib/router/routes';

function nextHashChange(): Promise<void> {
	return new Promise((resolve) =>
		window.addEventListener('hashchange', () => resolve(), { once: true })
	);
}

describe('Router', () => {
	afterEach(() => {
		window.history.replaceState(null, '', '#/');
	});

	it('follows the hash, back and forward included', async () => {
		const router = new Router();
		const seen: Route[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				seen.push(router.route);
			});
		});
		flushSync();
		expect(router.route).toEqual({ name: 'home' });

		router.go({ name: 'person', id: 'p-1' });
		await nextHashChange();
		flushSync();
		expect(router.route).toEqual({ name: 'person', id: 'p-1' });

		router.go({ name: 'sources' });
		await nextHashChange();
		flushSync();
		expect(window.location.hash).toBe('#/sources');

		window.history.back();
		await nextHashChange();
		flushSync();
		expect(router.route).toEqual({ name: 'person', id: 'p-1' });

		window.history.forward();
		await nextHashChange();
		flushSync();
		expect(router.route).toEqual({ name: 'sources' });
		expect(seen.map((route) => route.name)).toEqual([
			'home',
			'person',
			'sources',
			'person',
			'sources'
		]);
		stop();
	});

	it('replaces the address without a history entry', () => {
		const router = new Router();
		const before = window.history.length;
		router.replace({ name: 'party', id: 'o-1' });
		expect(window.location.hash).toBe('#/party/o-1');
		expect(router.route).toEqual({ name: 'party', id: 'o-1' });
		expect(window.history.length).toBe(before);
	});

	describe('replaceSoon', () => {
		afterEach(() => {
			vi.useRealTimers();
		});

		it('replaces once the calls pause, with the last route, without a history entry', () => {
			vi.useFakeTimers();
			const router = new Router();
			router.replace({ name: 'search', q: '' });
			const before = window.history.length;
			router.replaceSoon({ name: 'search', q: 'b' }, 300);
			vi.advanceTimersByTime(200);
			router.replaceSoon({ name: 'search', q: 'be' }, 300);
			vi.advanceTimersByTime(200);
			expect(window.location.hash).toBe('#/search');
			vi.advanceTimersByTime(100);
			expect(window.location.hash).toBe('#/search?q=be');
			expect(router.route).toEqual({ name: 'search', q: 'be' });
			expect(window.history.length).toBe(before);
		});

		it('makes the waiting replace before a navigation, so back returns to it', async () => {
			vi.useFakeTimers();
			const router = new Router();
			router.replace({ name: 'search', q: '' });
			router.replaceSoon({ name: 'search', q: 'ozols' }, 300);
			router.go({ name: 'person', id: 'p-1' });
			vi.advanceTimersByTime(300);
			expect(window.location.hash).toBe('#/person/p-1');
			vi.useRealTimers();
			window.history.back();
			await nextHashChange();
			expect(window.location.hash).toBe('#/search?q=ozols');
		});

		it('makes the waiting replace when a plain link is clicked, before it navigates', async () => {
			const router = new Router();
			router.replace({ name: 'search', q: '' });
			// Far longer than the test: only the click can make this replace.
			router.replaceSoon({ name: 'search', q: 'liepa' }, 60_000);
			const link = document.body.appendChild(document.createElement('a'));
			link.href = '#/sources';
			const navigated = nextHashChange();
			link.click();
			link.remove();
			await navigated;
			expect(window.location.hash).toBe('#/sources');
			window.history.back();
			await nextHashChange();
			expect(window.location.hash).toBe('#/search?q=liepa');
		});

		it('drops a waiting replace once the address has moved on', () => {
			vi.useFakeTimers();
			const router = new Router();
			router.replace({ name: 'search', q: 'a' });
			router.replaceSoon({ name: 'search', q: 'ab' }, 300);
			window.location.hash = '#/sources';
			vi.advanceTimersByTime(300);
			expect(window.location.hash).toBe('#/sources');
		});
	});
});
