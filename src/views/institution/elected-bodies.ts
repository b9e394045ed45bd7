/**
 * "My deputies" is for elected bodies: the Saeima, the Cabinet (ministers file with the State
 * Chancellery) and municipal councils. Employers named in declarations (a university, a
 * church, a library) are institutions, but not ones to browse for deputies.
 */
import { foldText } from '../../model/fold-name';
import { SAEIMA_REG_NO } from '../../model/saeima-terms';
import type { EntityRef } from '../../model/types';

export type ElectedBody = 'saeima' | 'cabinet' | 'council';

export function electedBodyOf(
	ref: Pick<EntityRef, 'name' | 'kind' | 'regNo'>
): ElectedBody | undefined {
	if (ref.kind !== 'institution' && ref.kind !== 'municipality') return undefined;
	const name = foldText(ref.name);
	if (ref.regNo === SAEIMA_REG_NO || /^(latvijas republikas )?saeima$/.test(name)) return 'saeima';
	if (/^(valsts kanceleja|ministru kabinets)$/.test(name)) return 'cabinet';
	// "dome" and "pašvaldība" name a council; "padome" (a board) does not.
	if (ref.kind === 'municipality' || /(^|[^a-z])(pasvaldiba|dome)/.test(name)) return 'council';
	return undefined;
}
