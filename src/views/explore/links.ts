/** Where the explorer's names lead: a party's page, a donor's profile (person or organisation). */
import { formatHash } from '../../lib/router/routes';

export const partyHref = (id: string): string => formatHash({ name: 'party', id });

/** Person ids start `p-`; any other donor is an organisation, drawn by its kind on `#/org/…`. */
export const donorHref = (id: string): string =>
	formatHash({ name: id.startsWith('p-') ? 'person' : 'org', id });
