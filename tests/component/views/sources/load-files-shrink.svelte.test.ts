/** LoadFiles asks before files far smaller than the installed data replace it (issue 18 item 5). */
import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { ShrinkQuestion } from '../../../../src/lib/app-data/app-data.svelte';
import { readyProgress } from '../../../../src/lib/ingest/progress';
import LoadFiles from '../../../../src/views/sources/LoadFiles.svelte';
import { buildBundle, profileRecords } from '../../../fixtures/bundle-fixture';
import { renderInApp } from '../../../fixtures/component/render';

const QUESTION: ShrinkQuestion = {
	from: 'files',
	version: 'v-small',
	installed: { entities: 8_359, records: 28_460 },
	offered: { entities: 4, records: 12 }
};

/** AppData's part that LoadFiles uses: every install of the picked files is held back first. */
class AskingInstaller {
	progress = $state(readyProgress(buildBundle(profileRecords()).manifest));
	shrink = $state<ShrinkQuestion | undefined>();
	calls: string[] = [];
	async installFiles(): Promise<void> {
		this.calls.push('files');
		this.shrink = QUESTION;
	}
	async installAnyway(): Promise<void> {
		this.calls.push(`anyway ${this.shrink?.version}`);
		this.shrink = undefined;
		this.progress = { ...this.progress, version: 'v-small' };
	}
	keepData(): void {
		this.calls.push('keep');
		this.shrink = undefined;
	}
}

async function pickInto(data: AskingInstaller, locale: 'en' | 'lv' = 'en') {
	renderInApp(LoadFiles, { data }, { locale });
	const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
	Object.defineProperty(input, 'files', { value: [new File(['{}'], 'manifest.json')] });
	await fireEvent.change(input);
}

describe('LoadFiles with files far smaller than the installed data', () => {
	it('says in words what would be lost, and installs only when told to', async () => {
		const data = new AskingInstaller();
		await pickInto(data);
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'The installed data lists 8,359 people and organisations in 28,460 records; the chosen files list only 4 in 12. Installing them replaces all of the installed data'
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Install anyway' }));
		expect(data.calls).toEqual(['files', 'anyway v-small']);
		expect(await screen.findByText('Loaded data version v-small.')).toBeInTheDocument();
	});

	it('keeps the current data when asked to, and says so (in Latvian)', async () => {
		const data = new AskingInstaller();
		await pickInto(data, 'lv');
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'Saglabātajos datos ir personas un organizācijas: 8 359, ieraksti: 28 460.'
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Paturēt pašreizējos datus' }));
		expect(data.calls).toEqual(['files', 'keep']);
		expect(screen.getByText('Pašreizējie dati ir paturēti.')).toBeInTheDocument();
		expect(screen.queryByRole('alert')).toBeNull();
	});
});
