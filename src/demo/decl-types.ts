/** A VID annual declaration as the generator models it, before a writer prints it. */
import type { Address } from './places';
import type { Company, Institution, Official, Person } from './types';

export type Payer =
	| { kind: 'institution'; institution: Institution }
	| { kind: 'company'; company: Company }
	| { kind: 'person'; name: string };

export interface DeclaredPost {
	post: string;
	/** Short form (SIA "…") as the scraper layout prints it. */
	name: string;
	/** Long form (Sabiedrība ar ierobežotu atbildību "…") as the 2024 page prints it. */
	longName: string;
	regNo: string;
	address: Address;
	company?: Company;
}

export interface DeclaredEstate {
	type: string;
	location: string;
	mark: 'īpašumā' | 'kopīpašumā' | 'lietošanā';
	coOwner: string;
}

export interface DeclaredVehicle {
	type: string;
	make: string;
	made: number;
	registered: number;
	mark: 'īpašumā' | 'lietošanā';
}

export interface Amount {
	cents: number;
	currency: 'EUR' | 'USD';
}

export interface Declaration {
	official: Official;
	person: Person;
	year: number;
	filed: string;
	published: string;
	posts: DeclaredPost[];
	estates: DeclaredEstate[];
	shares: { company: Company; count: number; cents: number }[];
	vehicles: DeclaredVehicle[];
	cash: Amount[];
	banks: (Amount & { bank: Company })[];
	income: { payer: Payer; type: string; cents: number }[];
	transactions: (Amount & { type: string })[];
	debts: Amount[];
	loans: Amount[];
	other: string[];
	family: { name: string; relation: string }[];
	pension: { funds: 'ir' | 'nav'; life: 'ir' | 'nav' };
}
