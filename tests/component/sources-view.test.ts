import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SourcesView from '../../src/views/SourcesView.svelte';
import { sourceInfo, storedBundle } from '../fixtures/profiles';
import { renderInApp } from './render';
import { rowLines } from './table-text';

describe('SourcesView', () => {
	const bundle = storedBundle([
		sourceInfo(),
		sourceInfo({
			id: 'ur-officers',
			format: 'ur-officers-csv',
			file: 'ur/officers.csv',
			publisher: 'Uzņēmumu reģistrs',
			title: 'Amatpersonas',
			url: undefined,
			licence: 'CC BY 4.0',
			retrievedAt: undefined,
			records: 987
		})
	]);

	it('lists every dataset with publisher, licence, retrieved-at and record count', () => {
		renderInApp(SourcesView, { bundle });
		const table = screen.getByRole('table', { name: 'Data sources' });
		expect(rowLines(table)).toEqual([
			'Dataset | Publisher | Licence | Retrieved | Records | File',
			'Partiju ziedojumi | Korupcijas novēršanas un apkarošanas birojs | CC0 1.0 | 1 March 2026 | 12,345 | knab/donations.csv · knab-donations-csv',
			'Amatpersonas | Uzņēmumu reģistrs | CC BY 4.0 | not known | 987 | ur/officers.csv · ur-officers-csv'
		]);
		expect(within(table).getByRole('link', { name: 'Partiju ziedojumi' })).toHaveAttribute(
			'href',
			'https://www.knab.gov.lv/lv/db/donations'
		);
		expect(within(table).queryByRole('link', { name: 'Amatpersonas' })).toBeNull();
	});

	it('names the bundle version and when it was built and stored', () => {
		renderInApp(SourcesView, { bundle }, { locale: 'lv' });
		expect(screen.getByRole('heading', { name: 'Datu versija' })).toBeInTheDocument();
		expect(screen.getByText('v-3f2a9c')).toBeInTheDocument();
		expect(screen.getByText('2026. gada 2. marts')).toBeInTheDocument();
		expect(screen.getByText('2026. gada 5. marts')).toBeInTheDocument();
		expect(screen.getAllByText('12 345')).toHaveLength(2);
		expect(screen.getByText('Ziedojumi')).toBeInTheDocument();
	});

	it('says when no data is loaded yet', () => {
		renderInApp(SourcesView, { bundle: undefined });
		expect(screen.getByText('The data is not loaded yet.')).toBeInTheDocument();
		expect(screen.queryByRole('table')).toBeNull();
	});
});
