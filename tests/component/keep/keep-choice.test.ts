import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { AppData } from '../../../src/lib/app-data/app-data.svelte';
import KeepChoice from '../../../src/lib/keep/KeepChoice.svelte';
import type { Manifest } from '../../../src/model/bundle-format';
import { renderInApp } from '../../fixtures/component/render';

const file = (name: string, bytes: number) => ({ name, bytes }) as Manifest['files'][number];
const manifest = {
	files: [file('search-0001.jsonl.gz', 5e6), file('facts-donations-0001.jsonl.gz', 9e7)],
	groups: [
		{
			id: 'donations',
			dataset: 'donations',
			files: ['facts-donations-0001.jsonl.gz'],
			bytes: 9e7,
			records: 1000,
			suggested: false
		}
	]
} as unknown as Manifest;

function data(isChoiceAsked: boolean) {
	// The groups take long to store: keepGroups does not settle within the test.
	const keepGroups = vi.fn(() => new Promise<void>(() => {}));
	return {
		keepGroups,
		data: { bundle: { manifest, installed: [] }, isChoiceAsked, keepGroups } as unknown as AppData
	};
}

describe('KeepChoice', () => {
	it('asked on a first visit, folds to "saved" once saved, while the groups are stored', async () => {
		const { data: asked, keepGroups } = data(true);
		renderInApp(KeepChoice, { data: asked });
		const box = screen.getByRole('checkbox', { name: /Donations and membership fees/ });
		expect((box as HTMLInputElement).checked).toBe(false);
		await fireEvent.click(box);
		await fireEvent.click(screen.getByRole('button', { name: /Keep the ticked data \(90/ }));
		expect(keepGroups).toHaveBeenCalledWith(['donations']);
		expect(screen.getByRole('status').textContent).toBe('Your choice is saved.');
		expect(screen.queryByRole('checkbox')).toBeNull();
		expect(screen.queryByRole('button')).toBeNull();
		expect(screen.getByRole('heading', { name: 'What to keep on this device' })).toBeTruthy();
	});

	it('on the Sources page, keeps the boxes after saving, to change the choice again', async () => {
		const { data: sources, keepGroups } = data(false);
		renderInApp(KeepChoice, { data: sources });
		await fireEvent.click(screen.getByRole('button', { name: /Keep the ticked data/ }));
		expect(keepGroups).toHaveBeenCalledWith([]);
		expect(screen.getByRole('status').textContent).toBe('Your choice is saved.');
		expect(screen.getAllByRole('checkbox')).toHaveLength(1);
	});
});
