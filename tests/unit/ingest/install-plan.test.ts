// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planInstall, plannedFiles } from '../../../src/lib/ingest/install-plan';
import type { Manifest } from '../../../src/model/bundle-format';
import { buildBundle, profileRecords } from '../../fixtures/bundle-fixture';

const { manifest } = buildBundle(profileRecords(), { splitFacts: true });
const ids = (manifest.groups ?? []).map((g) => g.id);
const notSuggested = (id: string): Manifest => ({
	...manifest,
	groups: manifest.groups!.map((g) => (g.id === id ? { ...g, suggested: false } : g))
});

describe('planInstall', () => {
	it('stores the core first, search documents at its head, then every group of a bundle that suggests all', () => {
		expect(ids).toEqual(['declarations-2023', 'donations', 'register', 'tax-totals']);
		const plan = planInstall(manifest);
		expect(plan.ask).toBe(false);
		expect(plan.core.map((f) => f.kind)).toEqual([
			'search',
			'entities',
			'facts',
			'graph',
			'explore'
		]);
		expect(plan.groups.map((g) => g.group.id)).toEqual(ids);
		expect(
			plannedFiles(plan)
				.map((f) => f.name)
				.sort()
		).toEqual(manifest.files.map((f) => f.name).sort());
	});

	it('leaves out what the person chose to leave out, and asks nothing', () => {
		const plan = planInstall(manifest, { leftOut: ['donations', 'tax-totals'] });
		expect(plan.groups.map((g) => g.group.id)).toEqual(['declarations-2023', 'register']);
		expect(plan.ask).toBe(false);
	});

	it('installs only the core and asks, when a group is not suggested and nothing was chosen', () => {
		const plan = planInstall(notSuggested('register'));
		expect(plan).toMatchObject({ ask: true, groups: [] });
		expect(planInstall(notSuggested('register'), { leftOut: [] }).ask).toBe(false);
	});

	it('keeps every group of a bundle loaded from files, whatever was chosen', () => {
		const plan = planInstall(notSuggested('register'), { leftOut: ids, everything: true });
		expect(plan).toMatchObject({ ask: false });
		expect(plan.groups.map((g) => g.group.id)).toEqual(ids);
	});

	it('treats a bundle without groups as all core', () => {
		const whole = buildBundle(profileRecords()).manifest;
		const plan = planInstall(whole, { leftOut: ['donations'] });
		expect(plan.groups).toEqual([]);
		expect(plan.core).toHaveLength(whole.files.length);
	});
});
