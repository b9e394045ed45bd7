/** A value in a source that cannot be read; adapters turn it into a rejected row. */
export class ValueError extends Error {
	override name = 'ValueError';
}
