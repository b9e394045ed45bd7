import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import InstitutionView from '../../../src/views/InstitutionView.svelte';
import InstitutionsView from '../../../src/views/InstitutionsView.svelte';
import { COUNCIL, SAEIMA, institutionProfile, refOf } from '../../fixtures/profiles';
import { renderInApp } from '../../fixtures/component/render';
import { rowLines } from '../../fixtures/component/table-text';

describe('InstitutionView', () => {
	it('opens the Saeima on its newest term, listing the posts that lie within it', () => {
		renderInApp(InstitutionView, { profile: institutionProfile() });
		const period = screen.getByRole('combobox', { name: 'Term or year' });
		expect(period).toHaveValue('term-14');
		const table = screen.getByRole('table', { name: '14th Saeima, from 1 November 2022: 2' });
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

	it('lists a post that straddles two terms by year, and undated posts last', async () => {
		renderInApp(InstitutionView, { profile: institutionProfile() });
		const period = screen.getByRole('combobox', { name: 'Term or year' });
		expect(
			within(period)
				.getAllByRole('option')
				.map((o) => o.textContent?.trim())
		).toEqual([
			'14th Saeima (2)',
			'2022 (1)',
			'2021 (1)',
			'2020 (1)',
			'2019 (1)',
			'2018 (1)',
			'undated (1)'
		]);
		await fireEvent.change(period, { target: { value: '2020' } });
		const table = screen.getByRole('table', { name: 'In 2020: 1' });
		expect(within(table).getByRole('link', { name: 'Juris Bērzs' })).toBeInTheDocument();
		await fireEvent.change(period, { target: { value: 'undated' } });
		expect(
			within(screen.getByRole('table', { name: 'In undated: 1' })).getByRole('link', {
				name: 'Oskars Cīdulis'
			})
		).toBeInTheDocument();
	});

	it('names the term the Latvian way in Latvian', () => {
		renderInApp(InstitutionView, { profile: institutionProfile() }, { locale: 'lv' });
		expect(
			screen.getByRole('table', { name: '14. Saeima, no 2022. gada 1. novembris: 2' })
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

	it('puts the Cabinet apart, with a word on where ministers file', () => {
		const cabinet = { id: 'o-vk', name: 'Valsts kanceleja', kind: 'institution' as const };
		renderInApp(InstitutionsView, { institutions: [...list, cabinet] });
		const heading = screen.getByRole('heading', { name: 'Cabinet of Ministers' });
		expect(heading.nextElementSibling).toHaveTextContent(
			'Ministers file their declarations with the State Chancellery.'
		);
		expect(screen.getByRole('link', { name: 'Valsts kanceleja' })).toHaveAttribute(
			'href',
			'#/institution/o-vk'
		);
	});

	it('says when the list is still loading', () => {
		renderInApp(InstitutionsView, { institutions: undefined });
		expect(screen.getByRole('status')).toHaveTextContent('Loading…');
	});
});
