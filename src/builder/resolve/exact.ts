/**
 * Arrays kept to the end of a build at their exact length. An array grown by push keeps
 * spare room (V8 grows it by half plus 16 slots and never gives the room back), and resolved
 * data holds a few small arrays per relation and per person: millions on a national build.
 */
export function exact<T>(list: readonly T[]): T[] {
	return list.slice();
}

/** Lists up to this long stay at their exact length as withItem grows them. */
const EXACT_UP_TO = 16;

/**
 * `list` with `item` added, for lists held while they grow: most are short, and a short one
 * is copied at its exact length; a long one is grown in place (its spare room is a small share).
 */
export function withItem<T>(list: T[], item: T): T[] {
	if (list.length >= EXACT_UP_TO) {
		list.push(item);
		return list;
	}
	return exact([...list, item]);
}
