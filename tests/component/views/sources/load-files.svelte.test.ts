import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { InstallProgress } from '../../../../src/lib/ingest/progress';
import LoadFiles from '../../../../src/views/sources/LoadFiles.svelte';
import { buildBundle, profileRecords } from '../../../fixtures/bundle-fixture';
import { renderInApp } from '../../../fixtures/component/render';

/** A stand-in for AppData: records what it was asked to install, ends as told. */
class FakeInstaller {
	progress = $state<InstallProgress>({
		phase: 'idle',
		files: { done: 0, total: 0 },
		bytes: { done: 0, total: 0 },
		records: { done: 0, total: 0 }
	});
	installed: string[][] = [];
	#finish: (() => void) | undefined;
	constructor(readonly outcome: Partial<InstallProgress>) {}

	installFiles(files: File[]): Promise<void> {
		this.installed.push(files.map((f) => f.name));
		this.progress = {
			...this.progress,
			phase: 'downloading',
			bytes: { done: 250, total: 1000 }
		};
		return new Promise((resolve) => {
			this.#finish = () => {
				this.progress = { ...this.progress, ...this.outcome };
				resolve();
			};
		});
	}

	finish(): void {
		this.#finish?.();
	}
}

const file = (name: string) => new File(['{}'], name);

function pick(input: HTMLElement, files: File[]) {
	Object.defineProperty(input, 'files', { value: files, configurable: true });
	return fireEvent.change(input);
}

describe('LoadFiles', () => {
	it('lets the file picker offer every file a bundle and its archive are made of', () => {
		renderInApp(LoadFiles, { data: new FakeInstaller({}) });
		const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
		const extensions = input.accept.split(',').filter((token) => token.startsWith('.'));
		const bundle = buildBundle(profileRecords());
		const names = ['manifest.json', 'plainview.tar', ...bundle.manifest.files.map((f) => f.name)];
		for (const name of names)
			expect(
				extensions.some((ext) => name.endsWith(ext)),
				name
			).toBe(true);
	});

	it('installs the picked manifest and chunk files, with progress, then names the version', async () => {
		const data = new FakeInstaller({ phase: 'ready', version: 'v-42' });
		renderInApp(LoadFiles, { data });
		expect(screen.getByRole('heading', { name: 'Load data from files' })).toBeInTheDocument();
		await pick(screen.getByLabelText('Choose files'), [
			file('manifest.json'),
			file('facts-0001.jsonl.gz')
		]);
		expect(data.installed).toEqual([['manifest.json', 'facts-0001.jsonl.gz']]);
		expect(screen.getByText('Loading: 2 files')).toBeInTheDocument();
		expect(screen.getByRole('progressbar', { name: 'Loading the files' })).toHaveAttribute(
			'value',
			'250'
		);
		data.finish();
		expect(await screen.findByText('Loaded data version v-42.')).toBeInTheDocument();
		expect(screen.queryByRole('progressbar')).toBeNull();
	});

	it('installs one dropped archive and shows why it failed', async () => {
		const data = new FakeInstaller({
			phase: 'failed',
			error: 'usb.tar: is not a tar archive or is damaged'
		});
		renderInApp(LoadFiles, { data }, { locale: 'lv' });
		await fireEvent.drop(screen.getByRole('group', { name: 'Vai ievelciet failus šeit' }), {
			dataTransfer: { files: [file('usb.tar')] }
		});
		expect(data.installed).toEqual([['usb.tar']]);
		expect(screen.getByText('Ielādē: usb.tar')).toBeInTheDocument();
		data.finish();
		expect(
			await screen.findByText(
				'Failus neizdevās ielādēt: usb.tar: is not a tar archive or is damaged'
			)
		).toBeInTheDocument();
	});

	it('does nothing when the picker is closed without a choice', async () => {
		const data = new FakeInstaller({ phase: 'ready' });
		renderInApp(LoadFiles, { data });
		await pick(screen.getByLabelText('Choose files'), []);
		expect(data.installed).toEqual([]);
		expect(screen.queryByRole('status')).toBeNull();
	});
});
