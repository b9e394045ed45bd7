import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
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
});
