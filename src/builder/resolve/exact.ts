/**
 * Arrays kept to the end of a build at their exact length. An array grown by push keeps
 * spare room (V8 grows it by half plus 16 slots and never gives the room back), and resolved
 * data holds a few small arrays per relation and per person: millions on a national build.
 */
export function exact<T>(list: readonly T[]): T[] {
	return list.slice();
}
