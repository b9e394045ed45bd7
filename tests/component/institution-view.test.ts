import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import InstitutionView from '../../src/views/InstitutionView.svelte';
import InstitutionsView from '../../src/views/InstitutionsView.svelte';
import { COUNCIL, SAEIMA, institutionProfile, refOf } from '../fixtures/profiles';
import { renderInApp } from './render';
import { rowLines } from './table-text';

describe('InstitutionView', () => {
	it('shows the latest year’s members, each linked to a profile', () => {
		renderInApp(InstitutionView, { profile: institutionProfile() });
		const year = screen.getByRole('combobox', { name: 'Year' });
		expect(year).toHaveValue('2024');
		const table = screen.getByRole('table', { name: 'In 2024: 2' });
		expect(rowLines(table).map((line) => line.split(' | ').slice(0, 2).join(' | '))).toEqual([
			'Name | Post',
			'Anna Liepa | Saeimas deputāte',
			'Ilze Kalna | Saeimas sekretāre; Saeimas deputāte'
		]);
		expect(within(table).getByRole('link', { name: 'Ilze Kalna' })).toHaveAttribute(
			'href',
			'#/person/p-ilze-kalna-3c'
		);
		expect(within(table).getByText('Why this link: probable link')).toBeInTheDocument();
	});

	it('switches year', async () => {
		renderInApp(InstitutionView, { profile: institutionProfile() });
		const year = screen.getByRole('combobox', { name: 'Year' });
		expect(
			within(year)
				.getAllByRole('option')
				.map((o) => o.textContent?.trim())
		).toEqual([
			'2024 (2)',
			'2023 (2)',
			'2022 (2)',
			'2021 (1)',
			'2020 (1)',
			'2019 (1)',
			'2018 (1)',
			'undated (1)'
		]);
		await fireEvent.change(year, { target: { value: '2020' } });
		const table = screen.getByRole('table', { name: 'In 2020: 1' });
		expect(within(table).getByRole('link', { name: 'Juris Bērzs' })).toBeInTheDocument();
		await fireEvent.change(year, { target: { value: 'undated' } });
		expect(
			within(screen.getByRole('table', { name: 'In undated: 1' })).getByRole('link', {
				name: 'Oskars Cīrulis'
			})
		).toBeInTheDocument();
	});
});

describe('InstitutionsView', () => {
	const list = [
		refOf(COUNCIL),
		refOf(SAEIMA),
		{ id: 'o-2', name: 'Ārciema novada dome', kind: 'municipality' as const }
	];

	it('groups the Saeima apart from municipal councils and links each to its members', () => {
		renderInApp(InstitutionsView, { institutions: list });
		expect(screen.getByRole('link', { name: 'Latvijas Republikas Saeima' })).toHaveAttribute(
			'href',
			'#/institution/o-90000028300'
		);
		const councils = screen.getByRole('heading', { name: 'Municipal councils' })
			.nextElementSibling as HTMLElement;
		expect(
			within(councils)
				.getAllByRole('link')
				.map((a) => a.textContent)
		).toEqual(['Ārciema novada dome', 'Ezermalas novada dome']);
	});

	it('filters by name, ignoring diacritics', async () => {
		renderInApp(InstitutionsView, { institutions: list });
		await fireEvent.input(screen.getByRole('searchbox', { name: 'Filter by name' }), {
			target: { value: 'arciema' }
		});
		expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Ārciema novada dome']);
		await fireEvent.input(screen.getByRole('searchbox', { name: 'Filter by name' }), {
			target: { value: 'zzz' }
		});
		expect(screen.getByText('Nothing matches “zzz”.')).toBeInTheDocument();
	});

	it('says when the list is still loading', () => {
		renderInApp(InstitutionsView, { institutions: undefined });
		expect(screen.getByRole('status')).toHaveTextContent('Loading…');
	});
});
