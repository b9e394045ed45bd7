import { fireEvent, screen, within } from '@testing-library/svelte';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Timeline from '../../../src/lib/timeline/Timeline.svelte';
import TimelineTable from '../../../src/lib/timeline/TimelineTable.svelte';
import TimelineSection from '../../../src/lib/timeline/TimelineSection.svelte';
import { buildTimeline } from '../../../src/lib/timeline/timeline';
import {
	ANNA,
	COUNCIL,
	companyProfile,
	personProfile,
	profile,
	refOf,
	relation
} from '../../fixtures/profiles';
import { renderInApp } from '../../fixtures/component/render';
import { rowLines } from '../../fixtures/component/table-text';

const AS_OF = Date.UTC(2025, 5, 1);
const personTimeline = () => buildTimeline(personProfile(), { asOf: AS_OF });
const tableRows = (name = 'Timeline facts') =>
	rowLines(screen.getByRole('table', { name })).slice(1);

// jsdom lays nothing out: the chart is given a width, as a browser would report it.
const WIDTH = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
beforeAll(() => {
	Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
		configurable: true,
		get: () => 800
	});
	globalThis.ResizeObserver = class {
		constructor(private readonly report: ResizeObserverCallback) {}
		observe(target: Element) {
			queueMicrotask(() =>
				this.report([{ target } as unknown as ResizeObserverEntry], this as never)
			);
		}
		unobserve() {}
		disconnect() {}
	};
});
afterAll(() => {
	if (WIDTH) Object.defineProperty(HTMLElement.prototype, 'clientWidth', WIDTH);
	delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
});

describe('TimelineTable', () => {
	it('lists every mark oldest first with lane, fact, amounts and source', () => {
		renderInApp(TimelineTable, { lanes: personTimeline().lanes });
		const rows = tableRows();
		expect(rows).toHaveLength(2 + 2 + 5 + 1 + 2);
		expect(rows[0]).toBe(
			'2017 – 2021 | Posts | Domes deputāte, Ezermalas novada dome → Ezermalas novada dome |  | knab-donations, record donations.csv:2'
		);
		expect(rows).toContain(
			'2024 | Declarations | Annual declaration, Saeimas deputāte | Income EUR 42,100.55; properties: 1; debts EUR 85,000.00 | vid-declarations, record declarations.json#0'
		);
		expect(rows).toContain(
			'1 June 2023 | Donations | Donation to Zaļo Pļavu Partija (Money, refund) → Zaļo Pļavu Partija | EUR -200.00 | knab-donations, record donations.csv:2023-20000'
		);
		expect(rows).toContain(
			'2023 | Taxes | Taxes: SIA Zaļā Ozola Darbnīca → SIA Zaļā Ozola Darbnīca | EUR 12,345.67; employees: 12 | vid-tax, record tax-2023.csv:5'
		);
	});

	it('speaks Latvian, with the open post running to now', () => {
		renderInApp(TimelineTable, { lanes: personTimeline().lanes }, { locale: 'lv' });
		expect(screen.getByRole('table', { name: 'Laika joslas fakti' })).toBeInTheDocument();
		expect(tableRows('Laika joslas fakti')).toContain(
			'2022. gada novembris – šobrīd | Amati | Saeimas deputāte, Latvijas Republikas Saeima → Latvijas Republikas Saeima |  | knab-donations, ieraksts donations.csv:2'
		);
	});
});

describe('Timeline', () => {
	it('offers a checkbox per lane; switching one off takes its facts out of the table', async () => {
		renderInApp(Timeline, { timeline: personTimeline(), name: 'Anna Liepa' });
		const lanes = screen.getByRole('group', { name: 'Show lanes' });
		const boxes = within(lanes).getAllByRole('checkbox');
		expect(boxes.map((b) => b.parentElement?.textContent?.trim())).toEqual([
			'Posts',
			'Declarations',
			'Donations',
			'Company roles',
			'Taxes'
		]);
		expect(tableRows().filter((r) => r.includes('| Donations |'))).toHaveLength(5);
		await fireEvent.click(within(lanes).getByRole('checkbox', { name: 'Donations' }));
		expect(tableRows().filter((r) => r.includes('| Donations |'))).toHaveLength(0);
		expect(tableRows()).toHaveLength(7);
		await fireEvent.click(within(lanes).getByRole('checkbox', { name: 'Donations' }));
		expect(tableRows()).toHaveLength(12);
	});

	it('draws focusable marks once it has a width, and shows a mark’s fact and source on focus', async () => {
		renderInApp(Timeline, { timeline: personTimeline(), name: 'Anna Liepa' });
		const chart = await screen.findByRole('group', { name: 'Timeline: Anna Liepa' });
		const declaration = within(chart).getByRole('button', { name: /^2024: Annual declaration/ });
		await fireEvent.focus(declaration);
		const fact = document.querySelector('.fact')!;
		expect(fact.textContent).toMatch(/Income EUR 42,100\.55; properties: 1; debts EUR 85,000\.00/);
		expect(within(fact as HTMLElement).getByText(/declarations\.json#0/)).toBeInTheDocument();
		// A mark that names another entity is a link to it.
		const gift = within(chart).getAllByRole('link', { name: /Donation to Upes Savienība/ })[0]!;
		expect(gift).toHaveAttribute('href', '#/party/o-40008000002');
		expect(within(chart).getAllByRole('link')).toHaveLength(2 + 5 + 1 + 2);
	});
});

describe('TimelineSection', () => {
	it('draws after the first frame, with a company’s taxes and its people’s roles', async () => {
		renderInApp(TimelineSection, { profile: companyProfile() });
		expect(screen.getByRole('heading', { name: 'Timeline' })).toBeInTheDocument();
		await screen.findByRole('group', { name: 'Show lanes' });
		expect(tableRows().map((r) => r.split(' | ').slice(0, 2).join(' | '))).toEqual([
			'1 January 2019 – now | Company roles',
			'1 June 2020 – now | Company roles',
			'2022 | Taxes',
			'2023 | Taxes',
			'8 August 2023 | Donations',
			'2024 | Company roles'
		]);
	});
});

describe('TimelineSection and possible links', () => {
	it('leaves a namesake-only post out until asked, and marks it as possible', async () => {
		const p = profile(ANNA, {
			refs: [refOf(COUNCIL)],
			group: {
				relations: [
					relation({
						from: ANNA.id,
						to: COUNCIL.id,
						kind: 'holds-post',
						role: 'Domes deputāte',
						start: '2013',
						end: '2017',
						confidence: 'possible'
					})
				]
			}
		});
		renderInApp(TimelineSection, { profile: p });
		const box = await screen.findByRole('checkbox', {
			name: 'Show possible links (1) that rest on the name alone'
		});
		expect(box).not.toBeChecked();
		expect(screen.getByText('No dated facts to show on a timeline.')).toBeInTheDocument();
		await fireEvent.click(box);
		expect(box).toBeChecked();
		expect(tableRows()).toEqual([
			'2013 – 2017 | Posts | Domes deputāte, Ezermalas novada dome (possible link (name only)) → Ezermalas novada dome |  | knab-donations, record donations.csv:2'
		]);
	});
});

describe('TimelineSection with facts not on this device', () => {
	it('says so rather than that there are no dated facts', async () => {
		renderInApp(TimelineSection, { profile: { ...profile(ANNA), missing: ['donations'] } });
		expect(await screen.findByText('This data is not on this device.')).toBeInTheDocument();
		expect(screen.queryByText('No dated facts to show on a timeline.')).toBeNull();
	});
});
