import { defineMessages } from './define';

export const connectMessages = defineMessages(
	{
		'nav.connect': 'Savienojumi',
		'connect.title': 'Kā A ir saistīts ar B?',
		'connect.intro':
			'Izvēlieties divas personas, partijas vai uzņēmumus. Parādīti līdz pieciem īsākajiem ceļiem, ne garākiem par četriem soļiem.',
		'connect.from': 'No',
		'connect.to': 'Līdz',
		'connect.placeholder': 'Vārds, nosaukums vai reģ. nr.',
		'connect.results': 'Atrastie',
		'connect.noMatch': 'Nekas neatbilst.',
		'connect.change': 'Mainīt',
		'connect.swap': 'Samainīt vietām',
		'connect.includePossible': 'Rādīt arī iespējamās saites (vārdabrāļus)',
		'connect.possibleNote':
			'Iespējamā saite balstās tikai uz vārdu: tā var būt cita persona. Tās ir iezīmētas ar raustītu līniju.',
		'connect.pickTwo': 'Izvēlieties abus galus, lai meklētu ceļu.',
		'connect.same': 'Abi gali ir viens un tas pats. Izvēlieties citu.',
		'connect.searching': 'Meklē ceļus…',
		'connect.none': 'Četros soļos ceļa nav.',
		'connect.noneWithPossible': 'Četros soļos ceļa nav, pat ar iespējamām saitēm.',
		'connect.missing':
			'Šajos datos nav saišu grafa, tāpēc savienojumus nevar meklēt: dati būvēti bez tā (pārāk veci vai lietotnei pārāk lieli; to saka datu būves atskaite).',
		'connect.found': '{count} ceļi (īsākie vispirms)',
		'connect.foundOne': '{count} ceļš',
		'connect.truncated': 'Meklēšana apstājās pie ļoti liela mezgla; garāki ceļi var trūkt.',
		'connect.path': '{n}. ceļš: {hops} soļi',
		'connect.pathOne': '{n}. ceļš: 1 solis',
		'connect.possible': 'iespējama',
		'connect.sources': 'Avota ieraksti ({count})',
		'connect.noDetails': 'Saites ieraksts nav atrasts.',
		'connect.profileLink': 'Kā tas ir saistīts ar…?'
	},
	{
		'nav.connect': 'Connections',
		'connect.title': 'How is A connected to B?',
		'connect.intro':
			'Pick two people, parties or companies. Up to five shortest paths are shown, none longer than four steps.',
		'connect.from': 'From',
		'connect.to': 'To',
		'connect.placeholder': 'Name or reg. no.',
		'connect.results': 'Matches',
		'connect.noMatch': 'Nothing matches.',
		'connect.change': 'Change',
		'connect.swap': 'Swap',
		'connect.includePossible': 'Include possible links (namesakes)',
		'connect.possibleNote':
			'A possible link rests on the name alone: it may be another person. Such links are drawn dashed.',
		'connect.pickTwo': 'Pick both ends to look for a path.',
		'connect.same': 'Both ends are the same. Pick another.',
		'connect.searching': 'Looking for paths…',
		'connect.none': 'No path within four steps.',
		'connect.noneWithPossible': 'No path within four steps, even with possible links.',
		'connect.missing':
			'This data has no relation graph, so connections cannot be searched: it was built without one (too old, or too big for the app; its build report says which).',
		'connect.found': '{count} paths (shortest first)',
		'connect.foundOne': '{count} path',
		'connect.truncated': 'The search stopped at a very large hub; longer paths may be missing.',
		'connect.path': 'Path {n}: {hops} steps',
		'connect.pathOne': 'Path {n}: 1 step',
		'connect.possible': 'possible',
		'connect.sources': 'Source records ({count})',
		'connect.noDetails': 'The relation record was not found.',
		'connect.profileLink': 'How is this connected to…?'
	}
);
