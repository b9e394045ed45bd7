/** Column headings for DataTable: a label, and whether the column holds numbers (right-aligned). */
import type { MessageKey } from '../i18n/i18n.svelte';

export interface Column {
	label: string;
	isNum?: boolean;
}

/** A plain text column, or a numeric one: `col('Year')`, `num('Paid')`. */
export const col = (label: string): Column => ({ label });
export const num = (label: string): Column => ({ label, isNum: true });

/**
 * The four columns of a money tally (PaidCells): payments and their sum, refunds and theirs,
 * never netted.
 */
export function paidColumns(t: (key: MessageKey) => string): Column[] {
	return [
		num(t('party.payments')),
		num(t('party.paid')),
		num(t('party.refundCount')),
		num(t('party.refundAmount'))
	];
}
