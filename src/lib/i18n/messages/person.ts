import { defineMessages } from './define';

export const personMessages = defineMessages(
	{
		'person.kind': 'Persona',
		'person.otherNames': 'Citas vārda formas',
		'person.born': 'Dzimšanas gads vai datums',
		'person.party': 'Partija',
		'person.noParty': 'Partijas piederība datos nav norādīta.',
		'person.postsNow': 'Pašreizējie amati',
		'person.postsBefore': 'Iepriekšējie amati',
		'person.noPosts': 'Amati datos nav norādīti.',
		'person.post': 'Amats',
		'person.organisation': 'Iestāde vai organizācija',
		'person.declarations': 'Deklarācijas',
		'person.noDeclarations': 'Deklarāciju nav.',
		'person.donations': 'Veiktie ziedojumi',
		'person.noDonations': 'Ziedojumu nav.',
		'person.donationsByParty': 'Ziedojumi pa partijām un gadiem',
		'person.donationList': 'Visi ziedojumi ({count})',
		'person.companies': 'Saistītie uzņēmumi',
		'person.noCompanies': 'Saistītu uzņēmumu nav.',
		'person.connections': 'Citas saites',
		'person.sources': 'Kur šī persona minēta',
		'person.namesakes': 'Iespējami vārdabrāļi',
		'person.namesakesIntro':
			'Šiem cilvēkiem ir tāds pats vārds, bet dati nerāda, ka tā ir šī pati persona. Viņu fakti šeit nav pievienoti.'
	},
	{
		'person.kind': 'Person',
		'person.otherNames': 'Other names',
		'person.born': 'Born',
		'person.party': 'Party',
		'person.noParty': 'No party is recorded in the data.',
		'person.postsNow': 'Posts now',
		'person.postsBefore': 'Posts before',
		'person.noPosts': 'No posts are recorded in the data.',
		'person.post': 'Post',
		'person.organisation': 'Institution or organisation',
		'person.declarations': 'Declarations',
		'person.noDeclarations': 'No declarations.',
		'person.donations': 'Donations made',
		'person.noDonations': 'No donations.',
		'person.donationsByParty': 'Donations per party and year',
		'person.donationList': 'All donations ({count})',
		'person.companies': 'Companies linked',
		'person.noCompanies': 'No linked companies.',
		'person.connections': 'Other links',
		'person.sources': 'Where this person appears',
		'person.namesakes': 'Possible namesakes',
		'person.namesakesIntro':
			'These people have the same name, but the data does not show that they are this person. Their facts are not added here.'
	}
);
