/** Every source format the builder reads. Detection must pick exactly one for a file. */
import type { Adapter } from '../sources/source-records';
import { knabDonationsCsv } from './knab-donations-csv';
import { knabDonationsHtml } from './knab-donations-html';
import { knabDonationsJson } from './knab-donations-json';
import { knabExpenditureCsv } from './knab-expenditure-csv';
import { knabReportHtml } from './knab-report-html';
import { knabReportsListHtml } from './knab-reports-list-html';
import { saeimaDeputiesCsv } from './saeima-deputies-csv';
import { urBeneficialOwnersCsv } from './ur-beneficial-owners-csv';
import { urMembersCsv } from './ur-members-csv';
import { urOfficersCsv } from './ur-officers-csv';
import { urRegisterCsv } from './ur-register-csv';
import { vidDeclarationHtml } from './vid-declaration-html';
import { vidDeclarationJson } from './vid-declaration-json';
import { vidDeclarationsDelnaCsv } from './vid-declarations-delna-csv';
import { vidTaxTotalsCsv } from './vid-tax-totals-csv';

export const ADAPTERS: readonly Adapter[] = [
	knabDonationsCsv,
	knabDonationsJson,
	knabDonationsHtml,
	knabExpenditureCsv,
	knabReportHtml,
	knabReportsListHtml,
	saeimaDeputiesCsv,
	vidDeclarationJson,
	vidDeclarationHtml,
	vidDeclarationsDelnaCsv,
	vidTaxTotalsCsv,
	urRegisterCsv,
	urOfficersCsv,
	urMembersCsv,
	urBeneficialOwnersCsv
];
