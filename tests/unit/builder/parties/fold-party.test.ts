import { describe, expect, it } from 'vitest';
import { foldPartyName } from '../../../../src/builder/parties/fold-party';

describe('foldPartyName', () => {
	it.each([
		// case, diacritics and quotes
		['SAULES LATVIJAI', 'saules latvijai'],
		['"Saules Latvijai"', 'saules latvijai'],
		['„Saules Latvijai”', 'saules latvijai'],
		['Rīta Kustība', 'rita kustiba'],
		// the legal form before or after the name, with or without a comma
		['Politiskā partija "Saules Latvijai"', 'saules latvijai'],
		['SAULES LATVIJAI, Politiskā partija', 'saules latvijai'],
		['Saules Latvijai, partija', 'saules latvijai'],
		['Partija "Zemes Balss"', 'zemes balss'],
		['Zemes Balss Politiskā partija', 'zemes balss'],
		['Politisko partiju apvienība "Saules un Zemes savienība"', 'saules un zemes savieniba'],
		['Saules un Zemes savienība, Politisko partiju apvienība', 'saules un zemes savieniba'],
		['Partiju apvienība "Rīta Gaisma"', 'rita gaisma'],
		// "(former names)" and "(likvidēta …)" as KNAB prints them
		['Saules Latvijai (Rīta Kustība; Agrā Kustība)', 'saules latvijai'],
		['Rīta Gaisma (likvidēta 03.03.2022.)', 'rita gaisma'],
		['Rīta Gaisma (Vakara Gaisma (vecā)) (reorganizēta 28.11.2019.)', 'rita gaisma'],
		// punctuation inside a name is a space, so slashes and dashes fold alike
		['Rītam/Par!', 'ritam par'],
		['Rīga-mūsu mājas', 'riga musu majas'],
		['Rīga - mūsu mājas', 'riga musu majas'],
		// "partija" inside the name stays: only the ends are legal forms
		['Zemes partija Latvijai', 'zemes partija latvijai'],
		['Kustība "Rīts"', 'kustiba rits'],
		// never folds a name away completely
		['Partija', 'partija'],
		['Politiskā partija', 'politiska partija'],
		['(Rīts)', '']
	])('folds %j to %j', (name, key) => expect(foldPartyName(name)).toBe(key));

	it('keeps different names apart', () => {
		expect(foldPartyName('Latviešu Zemes Savienība')).not.toBe(
			foldPartyName('Latvijas Zemes savienība')
		);
		expect(foldPartyName('Rīga - mana pils')).not.toBe(foldPartyName('Rīga-mana pilsēta'));
	});
});
