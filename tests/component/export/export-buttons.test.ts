import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ExportButtons from '../../../src/lib/export/ExportButtons.svelte';
import PersonView from '../../../src/views/PersonView.svelte';
import { personProfile } from '../../fixtures/profiles';
import { renderInApp } from '../../fixtures/component/render';

// jsdom has no object URLs: record the blob, and the name the link gives the download.
function captureDownloads() {
	const blobs: Blob[] = [];
	const names: string[] = [];
	vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
		blobs.push(blob as Blob);
		return 'blob:test';
	});
	vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
	vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
		this: HTMLAnchorElement
	) {
		names.push(this.download);
	});
	return { blobs, names };
}

afterEach(() => vi.restoreAllMocks());

// jsdom's Blob has no text(); its FileReader reads one.
function readText(blob: Blob): Promise<string> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(reader.result as string);
		reader.onerror = () => reject(reader.error);
		reader.readAsText(blob);
	});
}

describe('export buttons on a person page', () => {
	it('downloads the facts as CSV with source references on every row', async () => {
		const { blobs, names } = captureDownloads();
		renderInApp(PersonView, { profile: personProfile() });
		await fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
		await waitFor(() => expect(names).toEqual(['plainview-p-anna-liepa-1a2b.csv']));
		const text = await readText(blobs[0]!);
		const [header, ...lines] = text
			.replace(/^\uFEFF/, '')
			.trimEnd()
			.split('\r\n');
		expect(header).toBe(
			'fact,id,date,kind,counterparty,role,amount,currency,refund,confidence,source_dataset,source_record,source_url'
		);
		expect(lines.length).toBeGreaterThan(3);
		expect(lines.every((line) => /,[\w-]+,[^,]+(#|:)\w+/.test(line))).toBe(true);
	});

	it('downloads JSON in Latvian too', async () => {
		const { blobs, names } = captureDownloads();
		renderInApp(PersonView, { profile: personProfile() }, { locale: 'lv' });
		await fireEvent.click(screen.getByRole('button', { name: 'Lejupielādēt JSON' }));
		await waitFor(() => expect(names).toEqual(['plainview-p-anna-liepa-1a2b.json']));
		const rows = JSON.parse(await readText(blobs[0]!)) as { sources: unknown[] }[];
		expect(rows.every((row) => row.sources.length > 0)).toBe(true);
	});
});

describe('export buttons when the table cannot be made', () => {
	it('says why, and lets the reader try again', async () => {
		const { names } = captureDownloads();
		render(ExportButtons, {
			name: 'party',
			table: () => Promise.reject(new Error('no data installed')),
			t: (key: string, vars?: Record<string, string>) => `${key}${vars ? `:${vars.message}` : ''}`
		});
		await fireEvent.click(screen.getByRole('button', { name: 'files.exportCsv' }));
		await waitFor(() =>
			expect(screen.getByRole('alert')).toHaveTextContent('files.exportFailed:no data installed')
		);
		expect(names).toEqual([]);
		expect(screen.getByRole('button', { name: 'files.exportCsv' })).toBeEnabled();
	});
});
