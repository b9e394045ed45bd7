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
		'party.membershipFees': 'Biedru naudas un iestāšanās naudas pa gadiem',
		'party.feesNote':
			'Biedru un iestāšanās naudas maksā partijas biedri; tās nav ziedojumi un netiek summētas kopā ar tiem.',
		'party.feePayers': 'Biedru naudu maksātāji: {count}',
		'party.topFeePayers': 'Lielākie biedru naudu maksātāji',
		'party.feePayer': 'Maksātājs',
		'party.feePayersNotListed':
			'Parādīti {shown} lielākie no {total} maksātājiem; visi ir CSV eksportā.',
		'party.payments': 'Iemaksas',
		'party.paid': 'Iemaksāts',
		'party.refunds': 'Atmaksas',
		'party.refundsNone': 'Atmaksu nav.',
		'party.anonymous': 'Anonīmi ziedojumi: {count}, {amount}',
		'party.anonymousRefunds': 'Anonīmu ziedojumu atmaksas: {count}, {amount}',
		'party.notListed': 'Parādīti {shown} lielākie no {total} ziedotājiem; visi ir CSV eksportā.',
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
		'party.membershipFees': 'Membership and entry fees per year',
		'party.feesNote':
			'Membership and entry fees are paid by party members; they are not donations and are never added to them.',
		'party.feePayers': 'Fee payers: {count}',
		'party.topFeePayers': 'Largest fee payers',
		'party.feePayer': 'Payer',
		'party.feePayersNotListed':
			'The {shown} largest of {total} payers are shown; the CSV export lists them all.',
		'party.payments': 'Payments',
		'party.paid': 'Paid',
		'party.refunds': 'Refunds',
		'party.refundsNone': 'No refunds.',
		'party.anonymous': 'Anonymous donations: {count}, {amount}',
		'party.anonymousRefunds': 'Refunds of anonymous donations: {count}, {amount}',
		'party.notListed':
			'The {shown} largest of {total} donors are shown; the CSV export lists them all.',
		'party.refundCount': 'Refunds',
		'party.refundAmount': 'Refunded',
		'party.members': 'Members and officers',
		'party.confidence': 'Link confidence'
	}
);
