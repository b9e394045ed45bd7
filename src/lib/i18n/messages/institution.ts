import { defineMessages } from './define';

export const institutionMessages = defineMessages(
	{
		'institutions.title': 'Mani deputāti',
		'institutions.intro':
			'Izvēlieties Saeimu, Ministru kabinetu vai pašvaldības domi, lai redzētu tās deputātus un amatpersonas.',
		'institutions.filter': 'Atlasīt pēc nosaukuma',
		'institutions.parliament': 'Saeima',
		'institutions.cabinet': 'Ministru kabinets',
		'institutions.cabinetNote': 'Ministri deklarācijas iesniedz Valsts kancelejā.',
		'institutions.councils': 'Pašvaldību domes',
		'institutions.none': 'Datos nav vēlētu institūciju.',
		'institutions.noMatch': 'Nekas neatbilst „{text}”.',
		'institution.members': 'Deputāti un amatpersonas pa sasaukumiem un gadiem',
		'institution.year': 'Sasaukums vai gads',
		'institution.membersIn': '{year}. gadā: {count}',
		'institution.term': '{ordinal} Saeima',
		'institution.membersInTerm': '{ordinal} Saeima, {from} – {to}: {count}',
		'institution.membersInOpenTerm': '{ordinal} Saeima, no {from}: {count}',
		'institution.noMembers': 'Šai iestādei datos nav amatpersonu.',
		'institution.undated': 'bez datuma',
		'institution.all': 'Visas iestādes',
		'institution.profile': 'Organizācijas dati'
	},
	{
		'institutions.title': 'My deputies',
		'institutions.intro':
			'Choose the Saeima, the Cabinet of Ministers or a municipal council to see its members and officials.',
		'institutions.filter': 'Filter by name',
		'institutions.parliament': 'Saeima',
		'institutions.cabinet': 'Cabinet of Ministers',
		'institutions.cabinetNote': 'Ministers file their declarations with the State Chancellery.',
		'institutions.councils': 'Municipal councils',
		'institutions.none': 'There are no elected bodies in the data.',
		'institutions.noMatch': 'Nothing matches “{text}”.',
		'institution.members': 'Members and officials by term and year',
		'institution.year': 'Term or year',
		'institution.membersIn': 'In {year}: {count}',
		'institution.term': '{ordinal} Saeima',
		'institution.membersInTerm': '{ordinal} Saeima, {from} – {to}: {count}',
		'institution.membersInOpenTerm': '{ordinal} Saeima, from {from}: {count}',
		'institution.noMembers': 'No officials of this institution are in the data.',
		'institution.undated': 'undated',
		'institution.all': 'All institutions',
		'institution.profile': 'Organisation details'
	}
);
