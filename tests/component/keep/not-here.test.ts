import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { AppData } from '../../../src/lib/app-data/app-data.svelte';
import NotHere from '../../../src/lib/keep/NotHere.svelte';
import InAppData from '../../fixtures/component/InAppData.svelte';
import { renderInApp } from '../../fixtures/component/render';

const storing = (groups: string[]) => () => ({ storing: groups }) as unknown as AppData;
const show = (groups: string[], being: string[], locale: 'en' | 'lv' = 'en') =>
	renderInApp(
		InAppData,
		{ data: storing(being), component: NotHere, props: { groups } },
		{ locale }
	);

describe('NotHere', () => {
	it.each([
		['en', 'This data is still being stored on this device.'],
		['lv', 'Šie dati vēl tiek saglabāti šajā ierīcē.']
	] as const)('says in %s that facts on their way are still being stored', (locale, text) => {
		show(['donations'], ['declarations-2024', 'donations'], locale);
		expect(screen.getByText(text)).toBeInTheDocument();
	});

	it('says facts left out are not on this device', () => {
		show(['donations'], []);
		expect(screen.getByText('This data is not on this device.')).toBeInTheDocument();
	});

	it('says not on this device while any of the groups is left out, not on its way', () => {
		show(['declarations-2022', 'declarations-2023'], ['declarations-2023']);
		expect(screen.getByText('This data is not on this device.')).toBeInTheDocument();
	});
});
