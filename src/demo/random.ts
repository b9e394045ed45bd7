/**
 * Seeded randomness for the demo generator. Every stream is forked from the base seed by
 * a label, so adding draws to one file's generator never shifts the bytes of another file.
 */

/** FNV-1a over UTF-16 code units: a stable 32-bit hash for fork labels. */
export function hashString(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** How long a forbidden fragment is: the six birth-date digits (DDMMYY) of a personal code. */
export const FRAGMENT_LENGTH = 6;

/**
 * Text that must never appear in generated output, kept as `hashString` hashes of the
 * fragments, never the values (as in real-clash.ts): the birth-date part of the code in the
 * real KNAB sample's first row. No string of six digits or six hex digits other than that
 * fragment has its hash, so the check rejects exactly what a list of the values would. No real
 * name is listed here (the demo's name lists are fictional); tests/unit/demo reads the real
 * sample at test time to check the output against it.
 */
export const FORBIDDEN_FRAGMENT_HASHES: readonly number[] = [0xec2b7a8f];

/**
 * Whether any FRAGMENT_LENGTH-long piece of the text has a listed hash. The hashes are read
 * inline rather than by `hashString` on each slice: the sink runs this over every byte written.
 */
export function containsForbidden(text: string, listed = FORBIDDEN_FRAGMENT_HASHES): boolean {
	for (let start = 0; start + FRAGMENT_LENGTH <= text.length; start++) {
		let hash = 0x811c9dc5;
		for (let i = start; i < start + FRAGMENT_LENGTH; i++) {
			hash ^= text.charCodeAt(i);
			hash = Math.imul(hash, 0x01000193);
		}
		hash >>>= 0;
		for (let k = 0; k < listed.length; k++) if (listed[k] === hash) return true;
	}
	return false;
}

/** The first number from n up whose digits hold no forbidden fragment (for running ids). */
export function safeNumber(n: number, listed = FORBIDDEN_FRAGMENT_HASHES): number {
	while (containsForbidden(String(n), listed)) n++;
	return n;
}

export class Rng {
	#state: number;
	readonly seed: number;

	constructor(seed: number) {
		this.seed = seed >>> 0;
		this.#state = this.seed;
	}

	/** A new independent stream: the same (seed, label) always gives the same stream. */
	fork(label: string): Rng {
		return new Rng(Math.imul(this.seed ^ 0x9e3779b9, 0x85ebca6b) ^ hashString(label));
	}

	/** mulberry32: tiny, fast and good enough for fictional data; returns [0, 1). */
	next(): number {
		this.#state = (this.#state + 0x6d2b79f5) >>> 0;
		let t = this.#state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [min, max], both ends included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('pick: cannot pick from an empty list');
		return items[Math.floor(this.next() * items.length)] as T;
	}

	/** Picks by weight; weights need not sum to 1. */
	weighted<T>(items: readonly (readonly [T, number])[]): T {
		const total = items.reduce((sum, [, weight]) => sum + weight, 0);
		let roll = this.next() * total;
		for (const [item, weight] of items) {
			roll -= weight;
			if (roll < 0) return item;
		}
		const last = items[items.length - 1];
		if (!last) throw new Error('weighted: cannot pick from an empty list');
		return last[0];
	}

	/** An index skewed towards 0, so a few donors give often and most give once. */
	skewedIndex(length: number, power = 2): number {
		return Math.min(length - 1, Math.floor(length * Math.pow(this.next(), power)));
	}

	shuffle<T>(items: T[]): T[] {
		for (let i = items.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			[items[i], items[j]] = [items[j] as T, items[i] as T];
		}
		return items;
	}

	/** n random digits, never containing a forbidden fragment. */
	digits(n: number): string {
		for (;;) {
			let out = '';
			for (let i = 0; i < n; i++) out += String(Math.floor(this.next() * 10));
			if (!containsForbidden(out)) return out;
		}
	}

	/** n random upper-case hex digits, never containing a forbidden fragment. */
	hex(n: number): string {
		for (;;) {
			let out = '';
			for (let i = 0; i < n; i++) out += Math.floor(this.next() * 16).toString(16);
			out = out.toUpperCase();
			if (!containsForbidden(out)) return out;
		}
	}

	/** A version-4-shaped UUID, as KNAB's API uses for public ids. */
	uuid(): string {
		const h = this.hex(32).toLowerCase();
		const variant = '89ab'[Math.floor(this.next() * 4)] ?? '8';
		return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
	}
}
