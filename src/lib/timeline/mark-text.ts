/** A mark in words, the same for the chart's fact panel and the table view. */
import { formatPartialDate } from '../format/date';
import type { Locale } from '../format/locale';
import { formatMoneyList } from '../format/money';
import { formatInteger } from '../format/number';
import type { MessageKey, MessageVars } from '../i18n/i18n.svelte';
import type { Mark } from './marks';
import { isFeeKind } from '../../model/money-kinds';

export type Translate = (key: MessageKey, vars?: MessageVars) => string;

export interface MarkText {
	lane: string;
	when: string;
	what: string;
	figures: string;
}

export function describeMark(mark: Mark, t: Translate, locale: Locale): MarkText {
	const money = (amounts: Parameters<typeof formatMoneyList>[0]) =>
		formatMoneyList(amounts, locale);
	const date = (d: string) => formatPartialDate(d, locale);
	const lane = t(`timeline.lane.${mark.lane}`);
	switch (mark.kind) {
		case 'span': {
			const from = mark.from ? date(mark.from) : '?';
			const to = mark.to ? date(mark.to) : t('timeline.now');
			const role = mark.role ?? t(`relation.kind.${mark.relation}`);
			const who = mark.holder ? `${mark.holder.name}: ` : '';
			const possible = mark.confidence === 'possible' ? ` (${t('timeline.possible')})` : '';
			return {
				lane,
				// A role that began and ended on the same day (as published) is one date, not a span.
				when: mark.from !== undefined && mark.from === mark.to ? from : `${from} – ${to}`,
				what: `${who}${role}, ${mark.place.name}${possible}`,
				figures: ''
			};
		}
		case 'declaration': {
			const kind = t(`declaration.kind.${mark.declarationKind}`);
			const figures = [
				mark.income.length > 0
					? t('timeline.income', { amount: money(mark.income) })
					: t('timeline.noIncome'),
				t('timeline.properties', { count: formatInteger(mark.properties, locale) }),
				mark.debts.length > 0
					? t('timeline.debts', { amount: money(mark.debts) })
					: t('timeline.noDebts')
			];
			return {
				lane,
				when: String(mark.year),
				what: [kind, mark.post].filter(Boolean).join(', '),
				figures: figures.join('; ')
			};
		}
		case 'donation': {
			const kind = t(`donation.kind.${mark.donationKind}`);
			const refund = mark.isRefund ? `, ${t('timeline.refund')}` : '';
			return {
				lane,
				when: date(mark.date),
				what: `${t(isFeeKind(mark.donationKind) ? 'timeline.feeTo' : 'timeline.donationTo', { party: mark.target?.name ?? '' })} (${kind}${refund})`,
				figures: money([mark.amount])
			};
		}
		case 'tax':
			return {
				lane,
				when: String(mark.year),
				what: t('timeline.taxes', { company: mark.company.name }),
				figures: [
					money(mark.total),
					mark.employees === undefined
						? ''
						: t('timeline.employees', { count: formatInteger(mark.employees, locale) })
				]
					.filter(Boolean)
					.join('; ')
			};
		case 'received':
			return {
				lane,
				when: date(mark.month),
				what: t('timeline.received', { count: formatInteger(mark.count, locale) }),
				figures: money(mark.totals)
			};
	}
}
