import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SourcesView from '../../../src/views/SourcesView.svelte';
import { sourceInfo, storedBundle } from '../../fixtures/profiles';
import { renderInApp } from '../../fixtures/component/render';
import { rowLines } from '../../fixtures/component/table-text';

describe('SourcesView', () => {
	const bundle = storedBundle([
		sourceInfo({ period: ['2021-01-04', '2023-09-12'] }),
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
		}),
		sourceInfo({
			id: 'later',
			format: 'some-newer-format',
			file: 'x.csv',
			title: 'Later',
			records: 3
		})
	]);

	it('lists every dataset with publisher, period, retrieved-at, licence, record count and format', () => {
		renderInApp(SourcesView, { bundle });
		const table = screen.getByRole('table', { name: 'Data sources' });
		expect(rowLines(table)).toEqual([
			'Dataset | Publisher | Period | Retrieved | Licence | Records | File',
			"Partiju ziedojumi | Korupcijas novēršanas un apkarošanas birojs | 4 January 2021 – 12 September 2023 | 1 March 2026 | CC0 1.0 | 12,345 | knab/donations.csvKNAB donations table (CSV, Delna's export)",
			'Amatpersonas | Uzņēmumu reģistrs | — | not stated | CC BY 4.0 | 987 | ur/officers.csvEnterprise Register: officers (officers.csv)',
			// A format from a newer builder is named by its id.
			'Later | Korupcijas novēršanas un apkarošanas birojs | — | 1 March 2026 | CC0 1.0 | 3 | x.csvsome-newer-format'
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
		// KNAB's records hold donations, fees and refunds: never counted under the word donations.
		expect(
			screen.getByText('Partiju finansējuma ieraksti (ziedojumi, biedru naudas, atmaksas)')
		).toBeInTheDocument();
	});

	it('says when no data is loaded yet', () => {
		renderInApp(SourcesView, { bundle: undefined });
		expect(screen.getByText('The data is not loaded yet.')).toBeInTheDocument();
		expect(screen.queryByRole('table')).toBeNull();
	});
});
