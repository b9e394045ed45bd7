/**
 * The kind of a declared income, assigned by Plainview from the type as published, so the
 * interface can name it in either language. The published type is always kept and shown too.
 */
import { foldText } from './fold-name';

export const INCOME_KINDS = [
	'salary',
	'fee',
	'interest',
	'dividends',
	'business',
	'property-sale',
	'rent',
	'securities',
	'insurance',
	'pension',
	'benefit',
	'compensation',
	'scholarship',
	'royalties',
	'gift',
	'inheritance',
	'winnings',
	'other'
] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];

// Folded stems, tried in order: the first that starts a word of the type wins.
const STEMS: readonly [string, IncomeKind][] = [
	['alga', 'salary'],
	['darba alga', 'salary'],
	['piemaks', 'salary'],
	['premij', 'salary'],
	['honorar', 'fee'],
	['atlidziba par', 'fee'],
	['autoratlidzib', 'royalties'],
	['autortiesib', 'royalties'],
	['procent', 'interest'],
	['dividend', 'dividends'],
	['ienak. no saimn', 'business'],
	['saimniecisk', 'business'],
	['komercdarb', 'business'],
	['ienakums no ipasuma pardosanas', 'property-sale'],
	['ipasuma pardosan', 'property-sale'],
	['atsavinasan', 'property-sale'],
	['realizacij', 'property-sale'],
	['nom', 'rent'],
	['ire', 'rent'],
	['izire', 'rent'],
	['iznoma', 'rent'],
	['parad', 'securities'],
	['vertspapir', 'securities'],
	['kapitala pieaugum', 'securities'],
	['apdrosinasanas', 'insurance'],
	['pensij', 'pension'],
	['pabalst', 'benefit'],
	['kompensacij', 'compensation'],
	['stipendij', 'scholarship'],
	['davinajum', 'gift'],
	['davanojum', 'gift'],
	['davinaj', 'gift'],
	['mantojum', 'inheritance'],
	['laimest', 'winnings'],
	['u.c.', 'other'],
	['cit', 'other']
];

/**
 * The income kind a published type names; `undefined` when the type is empty or says there
 * was none ("Nav"), `'other'` when it names something this list does not know.
 * @example incomeKindOf('Ienāk. no saimn. darbības un komercdarb') // 'business'
 */
export function incomeKindOf(published: string | undefined): IncomeKind | undefined {
	const folded = foldText(published ?? '');
	if (folded === '' || folded === 'nav') return undefined;
	const words = folded.split(/[\s,;()"']+/);
	for (const [stem, kind] of STEMS) {
		if (stem.includes(' ') || stem.includes('.')) {
			if (folded.startsWith(stem) || folded.includes(` ${stem}`)) return kind;
		} else if (words.some((word) => word.startsWith(stem))) return kind;
	}
	return 'other';
}
