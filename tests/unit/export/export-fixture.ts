/** A tiny bundle for the FtM mapping tests: one person, four organisations, two sources. */
import { FtmExport } from '../../../src/builder/export/ftm-export';
import type { FtmEntity } from '../../../src/model/ftm';
import type { FactGroup } from '../../../src/model/bundle-format';
import type { Organisation, Person } from '../../../src/model/types';
import { organisation, person, sourceInfo, sourceRef } from '../../fixtures/profiles';

const SOURCES = [
	sourceInfo(),
	sourceInfo({ id: 'officers', format: 'ur-officers-csv', publisher: 'Uzņēmumu reģistrs' })
];
export const knab = sourceRef({ url: undefined });
export const anna = person({ id: 'p-anna', name: 'Anna Liepa', birthYear: 1971, sources: [knab] });
export const party = organisation({ id: 'o-party', name: 'Zaļā Partija', kind: 'party' });
export const saeima = organisation({ id: 'o-saeima', name: 'Saeima', kind: 'institution' });
export const company = organisation({ id: 'o-40003000001', regNo: '40003000001', country: 'LV' });
export const ngo = organisation({ id: 'o-ngo', name: 'Biedrība Ozols', kind: 'ngo' });

/** Runs the whole export over one entities file and one facts file. */
export function exportOf(
	entities: { people?: Person[]; organisations?: Organisation[] },
	groups: FactGroup[],
	includePossible = false
): { out: FtmEntity[]; exporter: FtmExport } {
	const exporter = new FtmExport(SOURCES, { includePossible });
	const out = [
		...exporter.entities([
			...(entities.people ?? [anna]),
			...(entities.organisations ?? [party, saeima, company, ngo])
		]),
		...exporter.facts(groups)
	];
	return { out, exporter };
}

export const byId = (out: FtmEntity[], id: string) =>
	out.find((e) => e.id === `lv-plainview-${id}`);
