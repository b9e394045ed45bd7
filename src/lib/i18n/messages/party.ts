import { defineMessages } from './define';

export const partyMessages = defineMessages(
	{
		'party.kind': 'Partija',
		'party.received': 'Saņemtie ziedojumi pa gadiem',
		'party.receivedNone': 'Ziedojumu nav.',
		'party.donors': 'Ziedotāji: {count}',
		'party.topDonors': 'Lielākie ziedotāji',
		'party.officialDonors': 'Ziedotāji, kuri ieņem vai ir ieņēmuši valsts amatu',
		'party.officialDonorsRule':
			'Uzskaitīti tikai apstiprināti vai ticami saistīti ziedotāji; iespējamie vārdabrāļi netiek skaitīti.',
		'party.officialDonorsNone': 'Neviens ziedotājs datos nav saistīts ar valsts amatu.',
		'party.officialDonorsUnknown':
			'Šajos datos partijai nav kopsavilkuma, tāpēc ziedotāju amati nav zināmi.',
		'party.membershipFees': 'Biedru naudas',
		'party.refunds': 'Atmaksātie ziedojumi',
		'party.refundsNone': 'Atmaksu nav.',
		'party.anonymous': 'Anonīmi: {count} ziedojumi, {amount}',
		'party.computed':
			'Skaitļi aprēķināti no saitēm ar ziedotājiem; ziedotāja vairāku gadu ziedojumi parādīti kā periods, veidi nav nodalīti.',
		'party.notListed': 'Parādīti {shown} lielākie no {total} ziedotājiem.',
		'party.refundCount': 'Atmaksas',
		'party.refundAmount': 'Atmaksāts',
		'party.members': 'Biedri un amatpersonas',
		'party.confidence': 'Saites ticamība'
	},
	{
		'party.kind': 'Party',
		'party.received': 'Donations received per year',
		'party.receivedNone': 'No donations.',
		'party.donors': 'Donors: {count}',
		'party.topDonors': 'Top donors',
		'party.officialDonors': 'Donors who hold or held public office',
		'party.officialDonorsRule':
			'Only donors linked to an office by a confirmed or probable link are counted; possible namesakes are not.',
		'party.officialDonorsNone': 'No donor is linked to a public office in the data.',
		'party.officialDonorsUnknown':
			'This data has no summary for the party, so donors’ offices are not known.',
		'party.membershipFees': 'Membership fees',
		'party.refunds': 'Refunded donations',
		'party.refundsNone': 'No refunds.',
		'party.anonymous': 'Anonymous: {count} donations, {amount}',
		'party.computed':
			'Figures computed from the links to donors; a donor’s gifts over several years are shown as a period, and kinds are not told apart.',
		'party.notListed': 'The {shown} largest of {total} donors are shown.',
		'party.refundCount': 'Refunds',
		'party.refundAmount': 'Refunded',
		'party.members': 'Members and officers',
		'party.confidence': 'Link confidence'
	}
);
