import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { DonationsOptions } from '../../../../src/lib/router/explore-options';
import DonationsExplorer from '../../../../src/views/explore/DonationsExplorer.svelte';
import { renderAtAddress } from '../../../fixtures/component/address';
import { rowsOf } from '../../../fixtures/component/table-text';
import { createExploreClient } from '../../../../src/lib/explore/explore-client';
import { fakeExplore } from '../../../fixtures/explore-fake';
import { PLANTED_ROWS } from '../../../fixtures/explore-rows';

function open(initial: DonationsOptions = {}, locale: 'en' | 'lv' = 'en') {
	const service = fakeExplore(PLANTED_ROWS);
	const changes = renderAtAddress(
		DonationsExplorer,
		{ client: service.client, initial },
		{ locale }
	);
	return { changes, service };
}

const summary = () => screen.getByRole('status');
const chart = (name: string) => screen.getByRole('region', { name });
const bar = (chartName: string, label: RegExp) =>
	within(chart(chartName)).getByRole('button', { name: label });
const table = () => screen.getByRole('table', { name: 'Rows' });
const tableRows = () => rowsOf(table()).slice(1);

async function summaryIs(text: string) {
	await waitFor(() => expect(summary()).toHaveTextContent(text));
}

describe('DonationsExplorer', () => {
	it('sums the selection with refunds apart and other currencies counted, not added', async () => {
		open();
		await summaryIs('74 donations, EUR 6,635.00, 73 donors');
		expect(summary()).toHaveTextContent('Apart: 1 refund, EUR 100.00 returned (not subtracted).');
		expect(summary()).toHaveTextContent('In other currencies (counted, not added to the sum): 1.');
	});

	it('says it in Latvian, with the singular where the count ends in 1', async () => {
		open({ parties: ['o-p1'], kinds: ['goods-services'] }, 'lv');
		await summaryIs('1 ziedojums, 250,00 EUR, 1 ziedotājs');
	});

	it('gives each chart a table with the same figures, drawn when it is opened', async () => {
		open({ parties: ['o-p1'] });
		await summaryIs('3 donations, EUR 5,350.00, 3 donors');
		const kinds = chart('Kind of gift');
		const disclosure = within(kinds).getByText('As a table').closest('details')!;
		expect(within(kinds).queryByRole('table')).toBeNull();
		disclosure.open = true;
		await fireEvent(disclosure, new Event('toggle'));
		const rows = rowsOf(await within(kinds).findByRole('table'));
		expect(rows.find((cells) => cells[0] === 'Money')?.slice(1, 3)).toEqual(['2', 'EUR 5,100.00']);
		expect(rows.find((cells) => cells[0] === 'Goods or services')?.slice(1, 3)).toEqual([
			'1',
			'EUR 250.00'
		]);
	});

	it('filters every other chart and the table by a party bar click, and keeps the clicked chart whole', async () => {
		const { changes } = open();
		await summaryIs('74 donations');
		await fireEvent.click(bar('By party', /Zaļo Pļavu Partija/));
		expect(changes.at(-1)).toEqual([{ parties: ['o-p1'] }, false]);
		await summaryIs('3 donations, EUR 5,350.00, 3 donors');
		expect(bar('By party', /Zaļo Pļavu Partija/)).toHaveAttribute('aria-pressed', 'true');
		// The party chart is counted without its own filter: the other parties stay.
		expect(bar('By party', /Kalnu Savienība/)).toHaveAttribute('aria-pressed', 'false');
		expect(bar('Kind of gift', /Goods or services/)).toHaveTextContent('EUR 250.00');
		expect(bar('Kind of gift', /^Money/)).toHaveTextContent('EUR 5,100.00');
		expect(bar('Donors with an office', /Holds or held/)).toHaveTextContent('EUR 5,000.00');
		await waitFor(() => expect(tableRows()).toHaveLength(5));
		expect(tableRows().every((cells) => cells.includes('Zaļo Pļavu Partija'))).toBe(true);
		// A second filter combines with the first.
		await fireEvent.click(bar('Kind of donor', /Organisation/));
		await summaryIs('1 donation, EUR 250.00, 1 donor');
		// Clicking the party again clears it; the other filter stays.
		await fireEvent.click(bar('By party', /Zaļo Pļavu Partija/));
		expect(changes.at(-1)?.[0]).toEqual({ donors: ['organisation'] });
	});

	it('clears every filter on Reset, keeping what is counted', async () => {
		const { changes } = open({ measure: 'both', parties: ['o-p3'], bands: ['lt50'] });
		await summaryIs('2 donations and fees, EUR 40.00, 1 donor');
		await fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
		expect(changes.at(-1)).toEqual([{ measure: 'both' }, false]);
		await summaryIs('75 donations and fees, EUR 6,645.00, 73 donors');
		expect(screen.getByRole('button', { name: 'Reset' })).toBeDisabled();
	});

	it('counts membership fees apart from donations', async () => {
		open({ measure: 'fees' });
		await summaryIs('1 membership or entry fee, EUR 10.00, 1 payer');
	});

	it('draws a selection from the address: pressed bars and the period', async () => {
		open({ parties: ['o-p1'], from: '2022-01', to: '2022-12' });
		await summaryIs('2 donations, EUR 5,100.00, 2 donors');
		expect(bar('By party', /Zaļo Pļavu Partija/)).toHaveAttribute('aria-pressed', 'true');
		expect(screen.getByRole('combobox', { name: 'From month' })).toHaveValue('2022-01');
		expect(screen.getByRole('combobox', { name: 'To month' })).toHaveValue('2022-12');
	});

	it('picks a period by keyboard with the month lists', async () => {
		const { changes } = open();
		await summaryIs('74 donations');
		await fireEvent.change(screen.getByRole('combobox', { name: 'From month' }), {
			target: { value: '2022-01' }
		});
		expect(changes.at(-1)).toEqual([{ from: '2022-01' }, false]);
		// Anonymous gifts are counted and summed, but name no donor.
		await summaryIs('4 donations, EUR 5,380.00, 3 donors');
	});

	it('folds the small parties into "other parties" until all are asked for', async () => {
		open();
		await summaryIs('74 donations');
		const parties = chart('By party');
		expect(within(parties).getByText('Other parties (3)')).toBeInTheDocument();
		expect(within(parties).queryByRole('button', { name: /Mazā partija 10/ })).toBeNull();
		await fireEvent.click(within(parties).getByRole('button', { name: 'Show all parties' }));
		expect(within(parties).getByRole('button', { name: /Mazā partija 10/ })).toBeInTheDocument();
		expect(within(parties).queryByText('Other parties (3)')).toBeNull();
	});

	it('pages the table 50 rows at a time and sorts by a column', async () => {
		const { changes } = open({ parties: ['o-p2'] });
		await waitFor(() => expect(screen.getByText('1–50 of 60')).toBeInTheDocument());
		expect(tableRows()).toHaveLength(50);
		await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		expect(changes.at(-1)).toEqual([{ parties: ['o-p2'], page: 2 }, false]);
		await waitFor(() => expect(screen.getByText('51–60 of 60')).toBeInTheDocument());
		expect(tableRows()).toHaveLength(10);
		await fireEvent.click(within(table()).getByRole('button', { name: 'Donor' }));
		// A new order starts again at page 1; names sort A to Z first.
		expect(changes.at(-1)).toEqual([{ parties: ['o-p2'], sort: 'donorName' }, false]);
		await waitFor(() => expect(tableRows()[0]?.[3]).toBe('Dace Bērza 1'));
		expect(within(table()).getByRole('columnheader', { name: /Donor/ })).toHaveAttribute(
			'aria-sort',
			'ascending'
		);
	});

	it("links every name to its profile and cites each row's source record", async () => {
		open({ parties: ['o-p1'], kinds: ['goods-services'] });
		await waitFor(() => expect(tableRows()).toHaveLength(1));
		const row = within(table()).getAllByRole('row')[1] as HTMLElement;
		expect(within(row).getByRole('link', { name: 'SIA Koks' })).toHaveAttribute(
			'href',
			'#/org/o-koks'
		);
		expect(within(row).getByRole('link', { name: 'Zaļo Pļavu Partija' })).toHaveAttribute(
			'href',
			'#/party/o-p1'
		);
		expect(row).toHaveTextContent('record a1.csv:4');
	});

	it('shows one row per donor when asked, and replaces the address while a name is typed', async () => {
		const { changes } = open({ view: 'donors' });
		await waitFor(() => expect(screen.getByText('1–50 of 73')).toBeInTheDocument());
		await fireEvent.input(screen.getByRole('searchbox', { name: 'Donor name contains' }), {
			target: { value: 'anna' }
		});
		expect(changes.at(-1)).toEqual([{ view: 'donors', q: 'anna' }, true]);
		await waitFor(() => expect(tableRows()).toHaveLength(1));
		expect(tableRows()[0]?.slice(0, 3)).toEqual(['EUR 100.00', 'Anna Liepa', '1']);
	});

	it("lists a donor's parties, each a link, in the donors view", async () => {
		open({ view: 'donors', measure: 'both', q: 'anna' });
		await waitFor(() => expect(tableRows()).toHaveLength(1));
		expect(tableRows()[0]?.at(-1)).toBe('Zaļo Pļavu Partija, Jūras Apvienība');
		const row = within(table()).getAllByRole('row')[1] as HTMLElement;
		expect(within(row).getByRole('link', { name: 'Jūras Apvienība' })).toHaveAttribute(
			'href',
			'#/party/o-p3'
		);
	});

	it('says so when the installed data has no explore file', async () => {
		const client = createExploreClient({
			call: <Res>() =>
				Promise.resolve({ ok: false, missing: true, reason: 'no explore file' } as Res),
			close: () => {}
		});
		renderAtAddress(DonationsExplorer, { client, initial: {} });
		await waitFor(() =>
			expect(screen.getByRole('alert')).toHaveTextContent('This data has no explore file')
		);
		expect(screen.queryByRole('status')).toBeNull();
	});
});
