/**
 * Name folding for matching. Display always uses the name as published; these keys
 * only decide whether two published names could be the same name.
 */

/** Folds diacritics, case and spacing: "Jānis  BĒLDIŅŠ" → "janis beldins". */
export function foldText(raw: string): string {
	return raw
		.normalize('NFKD')
		.replace(/\p{M}/gu, '') // drop the marks NFKD split off (ā→a, š→s, õ→o, å→a)
		.replace(/ß/g, 'ss')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Turns "Surname, Name" into "Name Surname"; any other shape is returned trimmed.
 * @example displayName('Bēldiņš, Jānis') // 'Jānis Bēldiņš'
 */
export function displayName(raw: string): string {
	const trimmed = raw.replace(/\s+/g, ' ').trim();
	const comma = trimmed.indexOf(',');
	if (comma < 0) return trimmed;
	const surname = trimmed.slice(0, comma).trim();
	const given = trimmed.slice(comma + 1).trim();
	return given && surname ? `${given} ${surname}` : trimmed.replace(',', '').trim();
}

/** The folded tokens of a name, hyphenated double surnames kept as one token. */
export function nameTokens(raw: string): string[] {
	return foldText(raw.replace(/,/g, ' '))
		.replace(/\s*-\s*/g, '-') // "Zariņa - Stūrīte" and "Zariņa-Stūrīte" are one surname
		.replace(/[^\p{L}\p{N}\s-]/gu, '')
		.split(' ')
		.filter((token) => token.length > 0 && token !== '-');
}

/**
 * An order-free match key: "Bēldiņš, Jānis", "JĀNIS BĒLDIŅŠ" and "Beldins Janis" meet.
 * Latvian surname declension and gender are deliberately not guessed.
 */
export function nameKey(raw: string): string {
	let key = keys.get(raw);
	if (key === undefined) {
		key = nameTokens(raw).sort().join(' ');
		// A bounded memo: the same names recur thousands of times in a donations file.
		if (keys.size > 100_000) keys.clear();
		keys.set(raw, key);
	}
	return key;
}

const keys = new Map<string, string>();
