import { describe, expect, it } from 'vitest';
import { groupFacts } from '../../../../src/builder/bundle/group-facts';
import { computeFlags } from '../../../../src/builder/flags';
import { resolve } from '../../../../src/builder/resolve/resolve';
import { eur, WAGES } from '../../../fixtures/flags';
import { donation, person } from '../../../fixtures/records';

describe('groupFacts with flags', () => {
	it('puts each flag in its own entity’s group only, and names the flag’s parties in refs', () => {
		const anna = person('Anna Kalniņa', { maskedCode: '190471-*****' });
		const namesake = person('Anna Kalniņa', { maskedCode: '230985-*****' });
		const data = resolve([
			donation(anna, 'Partija A', { donorCode: '190471-*****', amount: eur(3100) }),
			donation(namesake, 'Partija A', { donorCode: '230985-*****', amount: eur(10) })
		]);
		const flags = computeFlags(data, WAGES);
		const groups = groupFacts(data, flags);
		const flagged = groups.filter((g) => g.flags);
		expect(flagged).toHaveLength(1);
		expect(flagged[0]!.flags!.map((f) => f.kind)).toEqual(['major-donor']);
		expect(flagged[0]!.refs.map((r) => r.name)).toContain('Partija A');
		const other = data.people.find((p) => p.maskedCodes.includes('230985-*****'))!;
		expect(groups.find((g) => g.entity === other.id)!.flags).toBeUndefined();
	});
});
