import { defineMessages } from './define';

export const institutionMessages = defineMessages(
	{
		'institutions.title': 'Mani deputāti',
		'institutions.intro':
			'Izvēlieties Saeimu vai pašvaldības domi, lai redzētu tās deputātus pa gadiem.',
		'institutions.filter': 'Atlasīt pēc nosaukuma',
		'institutions.parliament': 'Saeima un valsts iestādes',
		'institutions.councils': 'Pašvaldību domes',
		'institutions.none': 'Datos nav iestāžu.',
		'institutions.noMatch': 'Nekas neatbilst „{text}”.',
		'institution.members': 'Deputāti un amatpersonas pa gadiem',
		'institution.year': 'Gads',
		'institution.membersIn': '{year}. gadā: {count}',
		'institution.noMembers': 'Šai iestādei datos nav amatpersonu.',
		'institution.undated': 'bez datuma',
		'institution.all': 'Visas iestādes',
		'institution.profile': 'Organizācijas dati'
	},
	{
		'institutions.title': 'My deputies',
		'institutions.intro': 'Choose the Saeima or a municipal council to see its members by year.',
		'institutions.filter': 'Filter by name',
		'institutions.parliament': 'Saeima and state institutions',
		'institutions.councils': 'Municipal councils',
		'institutions.none': 'There are no institutions in the data.',
		'institutions.noMatch': 'Nothing matches “{text}”.',
		'institution.members': 'Members and officials by year',
		'institution.year': 'Year',
		'institution.membersIn': 'In {year}: {count}',
		'institution.noMembers': 'No officials of this institution are in the data.',
		'institution.undated': 'undated',
		'institution.all': 'All institutions',
		'institution.profile': 'Organisation details'
	}
);
