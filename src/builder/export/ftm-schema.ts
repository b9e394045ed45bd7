/**
 * The FollowTheMoney schemata the export uses, transcribed by hand so that the validator works
 * offline. Source: github.com/alephdata/followthemoney, `followthemoney/schema/<Name>.yaml`, at
 * the commit named beside each schema (the files were read one by one, so the commits differ).
 * Only the properties Plainview writes, plus a few neighbours, are listed; `extends`, `abstract`,
 * `required`, property types and entity ranges are as in the YAML.
 */

export type FtmType =
	'name' | 'string' | 'text' | 'date' | 'url' | 'identifier' | 'country' | 'number' | 'entity';

export interface FtmProperty {
	type: FtmType;
	/** For entity properties: the schema the referenced entity must be (or descend from). */
	range?: string;
}

export interface FtmSchema {
	extends: string[];
	abstract?: boolean;
	required?: string[];
	properties: Record<string, FtmProperty>;
}

const str: FtmProperty = { type: 'string' };
const text: FtmProperty = { type: 'text' };
const date: FtmProperty = { type: 'date' };
const url: FtmProperty = { type: 'url' };
const ref = (range: string): FtmProperty => ({ type: 'entity', range });

export const FTM_SCHEMATA: Record<string, FtmSchema> = {
	// Thing.yaml @ 26d1624aac2904ef8105d79c4c7a62b1c3ece037 (no recordId here: that is Interval's)
	Thing: {
		extends: [],
		abstract: true,
		required: ['name'],
		properties: {
			name: { type: 'name' },
			alias: { type: 'name' },
			previousName: { type: 'name' },
			summary: text,
			description: text,
			notes: text,
			country: { type: 'country' },
			sourceUrl: url,
			publisher: str,
			publisherUrl: url,
			retrievedAt: date
		}
	},
	// LegalEntity.yaml @ e562dadf19fe445068f0cde978cf4465bda795b0
	LegalEntity: {
		extends: ['Thing'],
		properties: {
			legalForm: str,
			registrationNumber: { type: 'identifier' },
			idNumber: { type: 'identifier' },
			jurisdiction: { type: 'country' },
			incorporationDate: date,
			dissolutionDate: date,
			sector: str,
			classification: str
		}
	},
	// Person.yaml @ e562dadf19fe445068f0cde978cf4465bda795b0
	Person: {
		extends: ['LegalEntity'],
		properties: {
			firstName: str,
			middleName: str,
			lastName: str,
			birthDate: date,
			nationality: { type: 'country' },
			position: str
		}
	},
	// Organization.yaml @ 0ba1e8b65c52b700bb19ac74f1ba4b34a9ac37c3 (there is no Party schema for
	// political parties: Party.yaml, in old versions only, was a party to a court case)
	Organization: { extends: ['LegalEntity'], required: ['name'], properties: {} },
	// Company.yaml @ 80204c6765dacc1101a99021d220d178b3f53af0
	Company: {
		extends: ['Organization', 'Asset'],
		properties: { jurisdiction: { type: 'country' }, registrationNumber: { type: 'identifier' } }
	},
	// PublicBody.yaml @ d7c7b307b1f46dbd0146fe2c5555bcc55054cce6
	PublicBody: { extends: ['Organization'], properties: {} },
	// Asset.yaml @ 4347af80a65216270b1788286a41597c8affea83
	Asset: { extends: ['Thing', 'Value'], properties: {} },
	// Value.yaml @ 638605b97a30f14bdbbb0e6fa13da83aa3ef1126
	Value: {
		extends: [],
		abstract: true,
		properties: { amount: { type: 'number' }, currency: str, amountEur: { type: 'number' } }
	},
	// Interval.yaml @ 33702dca7c9a83447e34edf501d1024fe42fa35c
	Interval: {
		extends: [],
		abstract: true,
		properties: {
			startDate: date,
			endDate: date,
			date,
			summary: text,
			description: text,
			recordId: str,
			sourceUrl: url,
			publisher: str,
			publisherUrl: url,
			retrievedAt: date
		}
	},
	// Interest.yaml @ 80204c6765dacc1101a99021d220d178b3f53af0
	Interest: { extends: ['Interval'], abstract: true, properties: { role: str, status: str } },
	// Payment.yaml @ aee51ef7bab1f2aad94de26cc3925936482279e9
	Payment: {
		extends: ['Interval', 'Value'],
		required: ['payer', 'beneficiary'],
		properties: {
			payer: ref('LegalEntity'),
			beneficiary: ref('LegalEntity'),
			purpose: text,
			programme: str,
			transactionNumber: str
		}
	},
	// Membership.yaml @ 80204c6765dacc1101a99021d220d178b3f53af0
	Membership: {
		extends: ['Interest'],
		properties: { member: ref('LegalEntity'), organization: ref('Organization') }
	},
	// Position.yaml @ 29371192193746086e9743c38413410f2d64ca2d
	Position: {
		extends: ['Thing'],
		required: ['name'],
		properties: {
			organization: ref('Organization'),
			inceptionDate: date,
			dissolutionDate: date,
			subnationalArea: str
		}
	},
	// Occupancy.yaml @ 78bc46c5630f9ad8f153acb4a0d749bd6c62e846
	Occupancy: {
		extends: ['Interval'],
		required: ['holder', 'post'],
		properties: {
			holder: ref('Person'),
			post: ref('Position'),
			declarationDate: date,
			status: str
		}
	},
	// Ownership.yaml @ fe703fef2eae369644ec87caa32be0d3521fd1ef
	Ownership: {
		extends: ['Interest'],
		properties: {
			owner: ref('LegalEntity'),
			asset: ref('Asset'),
			percentage: str,
			sharesCount: str,
			sharesValue: str,
			sharesCurrency: str,
			sharesType: str,
			ownershipType: str
		}
	},
	// Directorship.yaml @ 80204c6765dacc1101a99021d220d178b3f53af0
	Directorship: {
		extends: ['Interest'],
		properties: { director: ref('LegalEntity'), organization: ref('Organization'), secretary: str }
	},
	// Employment.yaml @ 017cb29fe77bea1d76811b34cbd374365f39f3ae
	Employment: {
		extends: ['Interest'],
		required: ['employer', 'employee'],
		properties: { employer: ref('Organization'), employee: ref('Person') }
	},
	// Family.yaml @ 0216c295586a2c8acc7653b7e976728798687a64
	Family: {
		extends: ['Interval'],
		required: ['person', 'relative'],
		properties: { person: ref('Person'), relative: ref('Person'), relationship: str }
	},
	// UnknownLink.yaml @ 80204c6765dacc1101a99021d220d178b3f53af0 ("Other link")
	UnknownLink: {
		extends: ['Interest'],
		properties: { subject: ref('Thing'), object: ref('Thing') }
	}
};

/** True when `schema` is `ancestor` or descends from it (FtM allows several parents). */
export function isA(schema: string, ancestor: string): boolean {
	if (schema === ancestor) return true;
	return (FTM_SCHEMATA[schema]?.extends ?? []).some((parent) => isA(parent, ancestor));
}

/** A property as the schema has it, looked up through every parent. */
export function propertyOf(schema: string, name: string): FtmProperty | undefined {
	const entry = FTM_SCHEMATA[schema];
	if (!entry) return undefined;
	if (Object.hasOwn(entry.properties, name)) return entry.properties[name];
	for (const parent of entry.extends) {
		const found = propertyOf(parent, name);
		if (found) return found;
	}
	return undefined;
}

/** Required properties of a schema, its parents' included. */
export function requiredOf(schema: string): string[] {
	const entry = FTM_SCHEMATA[schema];
	if (!entry) return [];
	return [...new Set([...(entry.required ?? []), ...entry.extends.flatMap(requiredOf)])];
}
