import { screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { AppData } from '../../../../src/lib/app-data/app-data.svelte';
import type { Manifest } from '../../../../src/model/bundle-format';
import MissingFacts from '../../../../src/views/profile/MissingFacts.svelte';
import InAppData from '../../../fixtures/component/InAppData.svelte';
import { renderInApp } from '../../../fixtures/component/render';

const group = (id: string, dataset: string, bytes: number) => ({
	id,
	dataset,
	files: [`facts-${id}-0001.jsonl.gz`],
	bytes,
	records: 10,
	suggested: true
});
const manifest = {
	files: [],
	groups: [group('donations', 'donations', 2e6), group('register', 'register', 5e6)]
} as unknown as Manifest;

function appData(storing: string[]): AppData {
	return {
		bundle: { manifest, installed: [] },
		storing,
		keepGroups: vi.fn(() => Promise.resolve())
	} as unknown as AppData;
}

/** MissingFacts under an app data context, as a profile page has it. */
const show = (data: AppData, missing: string[]) =>
	renderInApp(InAppData, { data: () => data, component: MissingFacts, props: { missing } });

describe('MissingFacts', () => {
	it('names facts left out, with a button to fetch them', () => {
		show(appData([]), ['donations']);
		expect(
			screen.getByText(
				'Some of this profile’s facts are not on this device: Donations and membership fees.'
			)
		).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Fetch them (2.0 MB)' })).toBeInTheDocument();
	});

	it('says facts on their way are still being stored, and offers to fetch only the rest', () => {
		show(appData(['donations']), ['donations', 'register']);
		expect(
			screen.getByText(
				'Some of this profile’s facts are still being stored on this device: Donations and membership fees. The page shows them once they are in.'
			)
		).toBeInTheDocument();
		expect(
			screen.getByText(
				'Some of this profile’s facts are not on this device: Enterprise Register posts and shares.'
			)
		).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Fetch them (5.0 MB)' })).toBeInTheDocument();
	});

	it('offers no fetch while everything missing is on its way', () => {
		show(appData(['donations']), ['donations']);
		expect(screen.getByText(/still being stored on this device/)).toBeInTheDocument();
		expect(screen.queryByText(/not on this device/)).toBeNull();
		expect(screen.queryByRole('button')).toBeNull();
	});
});
