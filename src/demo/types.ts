/**
 * The fictional world the writers print from. One person, one birth date: every file
 * that mentions a person derives the name, code fragment and birth year from this record,
 * which is what keeps the files consistent with each other.
 */
import type { Sex } from './names';
import type { Address, City } from './places';

export interface Person {
	id: number;
	first: string;
	last: string;
	sex: Sex;
	/** ISO birth date. */
	birth: string;
	city: City;
	/** Party index the person leans to when donating or paying fees. */
	party?: number;
	/** Country code when the person's KNAB code is a foreign one (`DE…*****`). */
	foreign?: string;
}

export interface Party {
	index: number;
	/** The name as registered and as KNAB prints it. */
	name: string;
	/** Short name used for Saeima factions and lists. */
	short: string;
	regNo: string;
	address: Address;
	registered: string;
	publicId: string;
	/** Relative popularity with donors. */
	weight: number;
	inSaeima: boolean;
}

export type InstitutionKind = 'parliament' | 'ministry' | 'municipality' | 'company';

export interface Institution {
	/** As the VID portal prints the workplace: upper case. */
	name: string;
	/** Mixed case, as the 2024 portal page and Delna print it. */
	display: string;
	regNo: string;
	address: Address;
	kind: InstitutionKind;
}

export type CompanyForm = 'SIA' | 'AS' | 'IK' | 'BDR';

export type OfficerPosition =
	| 'CHAIR_OF_BOARD'
	| 'BOARD_MEMBER'
	| 'CHAIR_OF_SUPERVISORY_BOARD'
	| 'SUPERVISORY_BOARD_MEMBER'
	| 'OWNER';

export interface Officer {
	person: number;
	position: OfficerPosition;
	since: string;
	/** Whether the officer may represent the company alone. */
	alone: boolean;
}

export type Holder =
	| { kind: 'person'; person: number }
	| { kind: 'company'; company: number }
	| { kind: 'institution'; institution: Institution };

export interface Member {
	holder: Holder;
	shares: number;
	/** Nominal value of one share, in cents. */
	nominalCents: number;
	since: string;
}

export interface Company {
	index: number;
	regNo: string;
	form: CompanyForm;
	/** The part in quotes: Ziemeļu Koks. */
	brand: string;
	address: Address;
	registered: string;
	terminated?: string;
	/** NACE code, 4 digits, or '' when VID has none. */
	nace: string;
	/** VID-administered taxes paid in a typical year, in cents. */
	taxBaseCents: number;
	employees: number;
	officers: Officer[];
	members: Member[];
	/** Beneficial owners (person ids). */
	owners: number[];
}

export type OfficialKind =
	| 'deputy'
	| 'minister'
	| 'state-secretary'
	| 'council'
	| 'executive'
	| 'municipal-board'
	| 'civil-servant';

export interface DeputyDetails {
	faction: string;
	list: string;
	mandate: string;
	residence: string;
	education: string;
	unid: string;
	committees: string;
}

export interface Official {
	person: number;
	kind: OfficialKind;
	/** Workplace as declared: an institution, or a municipal company's name. */
	workplace: Institution;
	role: string;
	party?: number;
	deputy?: DeputyDetails;
}
