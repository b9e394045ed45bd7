import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import InstallProgress from '../../../src/lib/components/InstallProgress.svelte';
import type { InstallProgress as Progress } from '../../../src/lib/ingest/progress';
import { renderInApp } from '../../fixtures/component/render';

function progress(overrides: Partial<Progress> = {}): Progress {
	return {
		phase: 'downloading',
		files: { done: 3, total: 12 },
		bytes: { done: 1_500_000, total: 6_000_000 },
		records: { done: 25_000, total: 100_000 },
		etaSeconds: 125,
		...overrides
	};
}

describe('InstallProgress', () => {
	it('shows a progress bar and the figures with time left', () => {
		renderInApp(InstallProgress, { progress: progress() });
		const bar = screen.getByRole('progressbar', { name: 'Progress' });
		expect(bar).toHaveAttribute('max', '6000000');
		expect(bar).toHaveAttribute('value', '1500000');
		expect(bar).toHaveAttribute('aria-valuetext', '25 %');
		expect(screen.getByRole('status')).toHaveTextContent('Downloading');
		expect(screen.getByText('3 of 12')).toBeInTheDocument();
		expect(screen.getByText('1.5 MB of 6.0 MB')).toBeInTheDocument();
		expect(screen.getByText('25,000 of 100,000')).toBeInTheDocument();
		expect(screen.getByText('2 min 5 s')).toBeInTheDocument();
	});

	it.each([
		['en', 'Search works already. Profiles open once the rest is stored.'],
		['lv', 'Meklēšana jau darbojas. Profili atveras, kad pārējie dati ir saglabāti.']
	] as const)('says in %s that search works while the rest is stored', (locale, text) => {
		renderInApp(InstallProgress, { progress: progress(), isSearchable: true }, { locale });
		expect(screen.getByText(text)).toBeInTheDocument();
	});

	it('says nothing of search before it works', () => {
		renderInApp(InstallProgress, { progress: progress() });
		expect(screen.queryByText(/Search works already/)).toBeNull();
	});

	it('says the estimate is not known yet, in Latvian', () => {
		renderInApp(
			InstallProgress,
			{ progress: progress({ etaSeconds: undefined }) },
			{ locale: 'lv' }
		);
		expect(screen.getByText('aprēķina…')).toBeInTheDocument();
		expect(screen.getByText('1,5 MB no 6,0 MB')).toBeInTheDocument();
	});

	it('names the failed file in words, keeps the message as text behind Details, and retries', async () => {
		let retried = 0;
		const error =
			'search-0001.jsonl.gz: is 10 bytes but the manifest says 20 (truncated or replaced) <b>';
		renderInApp(InstallProgress, {
			progress: progress({ phase: 'failed', error }),
			onretry: () => retried++
		});
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent(
			'Loading the data failed. The search index file (search-0001.jsonl.gz) arrived damaged or incomplete. Retry; if it fails again'
		);
		expect(alert).toHaveTextContent('Any earlier data has been kept.');
		const details = alert.querySelector('details')!;
		expect(details.open).toBe(false);
		expect(details.querySelector('summary')).toHaveTextContent('Details');
		expect(details).toHaveTextContent(error);
		// Once it has failed there is no time left to estimate.
		expect(screen.queryByText('Time left')).toBeNull();
		expect(screen.getByText('3 of 12')).toBeInTheDocument();
		await fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
		expect(retried).toBe(1);
	});

	it('says in Latvian which file failed and what to do', () => {
		renderInApp(
			InstallProgress,
			{
				progress: progress({
					phase: 'failed',
					error: 'manifest.json: the server answered 404 Not Found for http://h/data/manifest.json'
				}),
				onretry: () => {}
			},
			{ locale: 'lv' }
		);
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Datu ielāde neizdevās. Datu failu saraksts (manifest.json) netika lejupielādēts. Pārbaudiet savienojumu'
		);
		expect(screen.getByRole('button', { name: 'Mēģināt vēlreiz' })).toBeInTheDocument();
	});

	it('shows no "0 of 0" before the manifest is read: the bar waits without a value', () => {
		const checking = progress({
			phase: 'checking',
			files: { done: 0, total: 0 },
			bytes: { done: 0, total: 0 },
			records: { done: 0, total: 0 },
			etaSeconds: undefined
		});
		const { container } = renderInApp(InstallProgress, { progress: checking });
		expect(screen.getByRole('status')).toHaveTextContent('Checking the data');
		expect(screen.getByRole('progressbar', { name: 'Progress' })).not.toHaveAttribute('value');
		expect(container.textContent).not.toMatch(/\b0 of 0\b|0 B of 0 B|Files|Time left/);
	});

	it('shows no figures when the manifest itself failed, only the failure', () => {
		const { container } = renderInApp(InstallProgress, {
			progress: progress({
				phase: 'failed',
				files: { done: 0, total: 0 },
				bytes: { done: 0, total: 0 },
				records: { done: 0, total: 0 },
				error: 'manifest.json: is not valid JSON (Unexpected token <)'
			}),
			onretry: () => {}
		});
		expect(container.textContent).not.toMatch(/0 of 0|estimating/);
		expect(screen.queryByRole('progressbar')).toBeNull();
		expect(screen.getByRole('alert')).toHaveTextContent(
			'The list of data files (manifest.json) holds data the app cannot read.'
		);
	});
});
