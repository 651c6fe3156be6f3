import { partnerCategory, type PartnerStatus, partnerStatus } from '@pn/contracts-api';
import type { CsvRow, ImportProblems } from '@pn/csv';
import type { PartnerCategory } from '@pn/events';

import { RowReader } from './cell-parsers';

export interface PartnerRow {
  line: number;
  externalRef: string;
  legalName: string;
  category: PartnerCategory;
  status: PartnerStatus;
  capabilities: string[];
  ownerUsername: string | null;
  sponsorUsername: string | null;
  crmId: string | null;
  erpId: string | null;
}

const USERNAME = /^[a-z0-9][a-z0-9._@-]{1,99}$/;
const CAPABILITY = /^[a-z0-9][a-z0-9-]{0,59}$/;

/** Checks every partner row; a row with any problem is reported and left out. */
export function partnerRows(rows: readonly CsvRow[], problems: ImportProblems): PartnerRow[] {
  const valid: PartnerRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of rows) {
    const read = new RowReader(line, values, problems);
    const externalRef = read.text('external_ref', { required: true, max: 100 });
    const legalName = read.text('legal_name', { required: true });
    const category = read.oneOf('category', partnerCategory.options);
    // The relationship's state in the system it comes from; a new one starts as a prospect.
    const status = read.oneOf('status', partnerStatus.options, 'prospect');
    const capabilities = (values.capabilities ?? '')
      .split(';')
      .map((tag) => tag.trim())
      .filter(Boolean);
    for (const tag of capabilities.filter((candidate) => !CAPABILITY.test(candidate))) {
      read.fail('capabilities', `"${tag}" is not a lower-case tag such as ltl-freight`);
    }
    const ownerUsername = read.matching('owner_username', USERNAME, 'is not a username');
    const sponsorUsername = read.matching('sponsor_username', USERNAME, 'is not a username');
    const crmId = read.text('crm_id', { max: 100 });
    const erpId = read.text('erp_id', { max: 100 });
    if (externalRef !== null) {
      const first = seen.get(externalRef);
      if (first !== undefined) {
        read.fail('external_ref', `repeats line ${first}`);
      }
      seen.set(externalRef, line);
    }
    if (read.ok && externalRef && legalName && category && status) {
      valid.push({
        line,
        externalRef,
        legalName,
        category,
        status,
        capabilities,
        ownerUsername,
        sponsorUsername,
        crmId,
        erpId,
      });
    }
  }

  return valid;
}
