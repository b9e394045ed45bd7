import { describe, expect, it } from 'vitest';
import { partyMembers, termsOf } from '../../../src/lib/timeline/member-terms';
import {
	ANNA,
	BERZS,
	GREEN,
	NAMESAKE,
	SAEIMA,
	factGroup,
	profile,
	refOf,
	relation
} from '../../fixtures/profiles';

describe('partyMembers', () => {
	it('counts asserted members only, never a possible namesake', () => {
		const p = profile(GREEN, {
			group: {
				relations: [
					relation({ from: ANNA.id, to: GREEN.id, kind: 'member-of' }),
					relation({ from: NAMESAKE.id, to: GREEN.id, kind: 'member-of', confidence: 'possible' }),
					relation({ from: BERZS.id, to: GREEN.id, kind: 'donated-to' })
				]
			}
		});
		expect(partyMembers(p)).toEqual([ANNA.id]);
	});
});

describe('termsOf', () => {
	it('takes the members’ own posts from their groups, with the names of the institutions', () => {
		const post = relation({ from: ANNA.id, to: SAEIMA.id, kind: 'holds-post', start: '2022' });
		const other = relation({ from: BERZS.id, to: SAEIMA.id, kind: 'holds-post', start: '2018' });
		const groups = [
			factGroup(ANNA.id, { relations: [post], refs: [refOf(SAEIMA), refOf(GREEN)] }),
			undefined,
			factGroup(SAEIMA.id, { relations: [post, other] })
		];
		expect(termsOf([ANNA.id], groups)).toEqual({ terms: [post], refs: [refOf(SAEIMA)] });
	});
});
