import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import InstallProgress from '../../src/lib/components/InstallProgress.svelte';
import type { InstallProgress as Progress } from '../../src/lib/data/profile';
import { renderInApp } from './render';

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

	it('says the estimate is not known yet, in Latvian', () => {
		renderInApp(
			InstallProgress,
			{ progress: progress({ etaSeconds: undefined }) },
			{ locale: 'lv' }
		);
		expect(screen.getByText('aprēķina…')).toBeInTheDocument();
		expect(screen.getByText('1,5 MB no 6,0 MB')).toBeInTheDocument();
	});

	it('says what failed, keeping the message as text', () => {
		renderInApp(InstallProgress, {
			progress: progress({ phase: 'failed', error: 'facts-0002.json: sha256 differs <b>' })
		});
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Loading the data failed: facts-0002.json: sha256 differs <b>. Any earlier data has been kept.'
		);
	});
});
