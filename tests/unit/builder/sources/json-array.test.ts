import { describe, expect, it } from 'vitest';
import { forEachJsonElement } from '../../../../src/builder/sources/json-array';

function elements(text: string): unknown[] {
	const out: unknown[] = [];
	const count = forEachJsonElement(text, (value, i) => {
		expect(i).toBe(out.length);
		out.push(value);
	});
	expect(count).toBe(out.length);
	return out;
}

describe('forEachJsonElement', () => {
	it.each([
		['[]', ' \n[ ]\r\n'],
		['objects', '[{"a":1},{"b":[1,2,{"c":"]"}]}]'],
		['strings with brackets, commas and escapes', '[ "a,b]" , "q\\"}]," , "\\\\" ]'],
		['numbers and literals', '[1, -2.5e3, true, false, null]'],
		['nested arrays', '[[1,[2,[3]]],[]]'],
		['whitespace everywhere', '\n[\n\t{ "x" : [ 1 , 2 ] } ,\n\t{}\n]\n']
	])('gives the elements JSON.parse gives: %s', (_, text) => {
		expect(elements(text)).toEqual(JSON.parse(text));
	});

	it('gives any other JSON value whole, as one element', () => {
		expect(elements(' {"a":[1,2]} ')).toEqual([{ a: [1, 2] }]);
		expect(elements('"text"')).toEqual(['text']);
	});

	it.each([
		['cut short', '[{"a":1},{"b":'],
		['no closing bracket', '[{"a":1}'],
		['a trailing comma', '[1,2,]'],
		['text after the array', '[1,2] x'],
		['a missing comma', '[{"a":1} {"b":2}]'],
		['an empty element', '[1,,2]']
	])('throws a SyntaxError, as JSON.parse does, on invalid JSON: %s', (_, text) => {
		expect(() => JSON.parse(text)).toThrow(SyntaxError);
		expect(() => forEachJsonElement(text, () => {})).toThrow(SyntaxError);
	});
});
