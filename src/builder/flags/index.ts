/**
 * Every red flag the data supports, computed at build time: one rule family per file, each
 * with its rule, threshold and source in its doc comment. Sorted by id, so the same data
 * gives the same flags.
 */
import type { Flag } from '../../model/flags';
import type { ResolvedData } from '../resolve/resolve';
import { companyFlags } from './company-flags';
import { declarationFlags } from './declaration-flags';
import { donationsOverIncomeFlags } from './donations-over-income';
import { FlagContext } from './flag-context';
import { majorDonorFlags } from './major-donor';
import { minimumWages, type MinimumWages } from './minimum-wage';
import { partyGiftFlags } from './party-gifts';

export function computeFlags(data: ResolvedData, wages: MinimumWages = minimumWages()): Flag[] {
	const ctx = new FlagContext(data);
	const flags = [
		...majorDonorFlags(ctx, wages),
		...donationsOverIncomeFlags(ctx),
		...partyGiftFlags(ctx),
		...declarationFlags(ctx),
		...companyFlags(ctx)
	];
	return flags
		.map((flag) => withNames(ctx, flag))
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The entity's kind and the party's and institution's names, for lists and filters. */
function withNames(ctx: FlagContext, flag: Flag): Flag {
	const kind = ctx.kindOf(flag.entity);
	const partyName = flag.party && ctx.nameOf(flag.party);
	const institutionName = flag.institution && ctx.nameOf(flag.institution);
	return {
		...flag,
		...(kind && { entityKind: kind }),
		...(partyName && { partyName }),
		...(institutionName && { institutionName })
	};
}
