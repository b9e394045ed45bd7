import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DataNotice from '../../../src/lib/components/DataNotice.svelte';
import { renderInApp } from '../../fixtures/component/render';

describe('DataNotice', () => {
	it('announces a new version while it downloads', () => {
		renderInApp(DataNotice, { notice: { kind: 'update-found', version: 'abc123' } });
		expect(screen.getByRole('status')).toHaveTextContent(
			'A new version of the data was found (abc123)'
		);
	});

	it('says how much space a refused update needs, and can be closed', async () => {
		renderInApp(DataNotice, {
			notice: {
				kind: 'quota',
				shortfall: { neededBytes: 26_100_000, freeBytes: 1_500_000, missingBytes: 24_600_000 }
			}
		});
		expect(screen.getByRole('alert')).toHaveTextContent(
			'it needs 26.1 MB, the browser allows 1.5 MB more. Free at least 24.6 MB'
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Close' }));
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('shows nothing when there is nothing to say', () => {
		renderInApp(DataNotice, { notice: undefined });
		expect(screen.queryByRole('status')).toBeNull();
	});
});
