import { defineMessages } from './define';

export const donationMessages = defineMessages(
	{
		'donation.party': 'Partija',
		'donation.donor': 'Ziedotājs',
		'donation.kind': 'Veids',
		'donation.kind.money': 'Naudas ziedojums',
		'donation.kind.goods-services': 'Mantas vai pakalpojumi',
		'donation.kind.membership-fee': 'Biedra nauda',
		'donation.kind.entry-fee': 'Iestāšanās nauda',
		'donation.refund': 'Atmaksāts',
		'donation.refunds': 'Atmaksas',
		'donation.refundCount': 'Atmaksas: {count}',
		'donation.flags': 'Piezīmes',
		'donation.partyTotal': 'Kopā partijai',
		'donation.grandTotal': 'Kopā visām partijām',
		'donation.anonymous': 'Anonīmi ziedojumi'
	},
	{
		'donation.party': 'Party',
		'donation.donor': 'Donor',
		'donation.kind': 'Kind',
		'donation.kind.money': 'Money',
		'donation.kind.goods-services': 'Goods or services',
		'donation.kind.membership-fee': 'Membership fee',
		'donation.kind.entry-fee': 'Entry fee',
		'donation.refund': 'Refunded',
		'donation.refunds': 'Refunds',
		'donation.refundCount': 'Refunds: {count}',
		'donation.flags': 'Notes',
		'donation.partyTotal': 'Total for the party',
		'donation.grandTotal': 'Total for all parties',
		'donation.anonymous': 'Anonymous donations'
	}
);
