/**
 * Fictional but valid-looking Latvian registration numbers. Legal-entity numbers carry a
 * check digit (weights 9,1,4,8,3,10,2,5,7,6,1; the weighted sum is 3 mod 11), so a
 * validator that checks it accepts ours.
 */
import { containsForbidden, type Rng } from './random';

const WEIGHTS = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1] as const;

export function regNoChecksum(regNo: string): number {
	let sum = 0;
	for (let i = 0; i < WEIGHTS.length; i++) sum += (WEIGHTS[i] ?? 0) * Number(regNo[i] ?? '0');
	return sum % 11;
}

export function isValidRegNo(regNo: string): boolean {
	return /^\d{11}$/.test(regNo) && regNoChecksum(regNo) === 3;
}

/** Issues unique reg. nos with a given 5-digit prefix (40003, 40103, 50003, 40008, 90000). */
export class RegNoIssuer {
	#used = new Set<string>();
	#rng: Rng;

	constructor(rng: Rng, reserved: readonly string[] = []) {
		this.#rng = rng;
		for (const regNo of reserved) this.#used.add(regNo);
	}

	issue(prefix: string): string {
		for (;;) {
			const body = prefix + this.#rng.digits(10 - prefix.length);
			// The last digit has weight 1, so it can always be solved for unless it must be 10.
			const need = (3 - regNoChecksum(`${body}0`) + 11) % 11;
			if (need === 10) continue;
			const regNo = `${body}${need}`;
			if (this.#used.has(regNo) || containsForbidden(regNo)) continue;
			this.#used.add(regNo);
			return regNo;
		}
	}
}

/** The SEPA creditor identifier UR prints beside a reg. no.: `LV` + ISO 7064 check + `ZZZ` + reg. no. */
export function sepaCreditorId(regNo: string): string {
	// Letters become numbers (L=21, V=31) and "00" stands in for the check digits.
	const check = 98 - Number(BigInt(`${regNo}213100`) % 97n);
	return `LV${String(check).padStart(2, '0')}ZZZ${regNo}`;
}
