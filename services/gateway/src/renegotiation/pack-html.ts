import type { RenegotiationPack } from './pack.schema';

/** A cell or phrase of the page: plain values only, escaped; missing values show as a dash. */
type Cell = string | number | boolean | null | undefined;

const escape = (value: Cell): string =>
  String(value ?? '—')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const table = (headers: string[], rows: Cell[][]): string =>
  rows.length === 0
    ? '<p>None.</p>'
    : `<table><thead><tr>${headers.map((header) => `<th>${escape(header)}</th>`).join('')}</tr></thead><tbody>${rows
        .map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;

/** Minor units in major units, with the currency's own number of decimals (JPY none, USD two). */
function money(minor: number, currency: string): string {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;

  return `${(minor / 10 ** digits).toFixed(digits)} ${currency}`;
}

/**
 * The pack as one self-contained HTML page, readable in a browser or attached to an email,
 * and printable to PDF from there. Every value is escaped: partner names and rationales are
 * typed by people.
 */
export function renderPackHtml(pack: RenegotiationPack): string {
  const { contract, renewal, obligations } = pack;
  const relationship = pack.relationship;
  const trend = relationship?.trend;
  const scores = relationship?.scores ?? [];
  const concentration = relationship?.concentration;
  const backups = relationship?.backups ?? [];
  const risks = relationship?.openRisks ?? [];
  const terms = contract.terms;

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Renegotiation pack: ${escape(contract.partnerName)}, ${escape(terms.title)}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}
th{background:#f3f3f3}h2{margin-top:2rem;border-bottom:2px solid #333}</style></head>
<body>
<h1>Renegotiation pack: ${escape(contract.partnerName)}</h1>
<p>${escape(terms.title)} (${escape(contract.id)}), ${escape(contract.entityId)}. Generated ${escape(pack.generatedAt)}.${
    relationship?.renegotiationRequired
      ? ' <strong>Renegotiation planning is required.</strong>'
      : ''
  }</p>
<h2>Key terms and countdown</h2>
${table(
  ['term', 'value'],
  [
    ['Status', contract.status],
    ['Effective', terms.effectiveDate],
    ['Renewal', `${terms.renewalType}, notice ${terms.noticeDays} days`],
    ['Action deadline', renewal?.actionDeadline],
    ['Days to act', renewal?.daysToActionDeadline],
    ['Days to term end', renewal?.daysToTermEnd],
    ['Decision for the current term', renewal?.decision ?? 'none yet'],
    [
      'Fees',
      terms.fees
        .map(
          (fee) =>
            `${fee.label}: ${money(fee.amount.amountMinor, fee.amount.currency)} ${fee.frequency.replace('_', ' ')}`,
        )
        .join('; ') || '—',
    ],
  ],
)}
<h2>Relationship health</h2>
<p>Latest score ${escape(scores[0]?.score)} (${escape(scores[0]?.status)}); trend ${escape(trend?.direction)}${
    trend?.change == null ? '' : ` (${escape(trend.change)} points since ${escape(trend.since)})`
  }.</p>
${table(
  ['computed', 'score', 'status', 'model', 'trigger'],
  scores.map((score) => [
    score.computedAt,
    score.score,
    score.status,
    score.modelVersion,
    score.trigger,
  ]),
)}
<h2>Obligations</h2>
<p>Met ${obligations.met}, missed ${obligations.missed}, waived ${obligations.waived}, upcoming ${obligations.upcoming} (${obligations.overdue} overdue).</p>
${table(
  ['missed obligation', 'due', 'evidence'],
  obligations.missedItems.map((item) => [item.description, item.dueDate, item.evidence]),
)}
<h2>Dependency</h2>
${
  concentration
    ? table(
        ['measure', 'value'],
        [
          ['Revenue, last 12 months', money(concentration.revenueMinor, concentration.currency)],
          ['Share of its category in the entity', `${escape(concentration.sharePct)} %`],
          [
            'Category concentration (HHI)',
            `${escape(concentration.hhi)} (${escape(concentration.band)})`,
          ],
          [
            'Without this partner',
            `${escape(concentration.hhiWithoutPartner)} (${escape(concentration.bandWithoutPartner)})`,
          ],
          ['Dominant partner', concentration.dominant ? 'yes' : 'no'],
        ],
      )
    : '<p>No financials reported.</p>'
}
<h2>Backup partners</h2>
${table(
  ['capability', 'backups, best score first'],
  backups.map((entry) => [
    entry.capability,
    entry.backups
      .map((backup) => `${backup.legalName} (${backup.score ?? 'unscored'})`)
      .join(', ') || 'none: single point of failure',
  ]),
)}
<h2>Open risks</h2>
${table(
  ['risk', 'level', 'evidence', 'mitigation'],
  risks.map((risk) => [
    risk.risk,
    risk.level,
    risk.evidence.join('; '),
    risk.mitigation?.status ?? 'none recorded',
  ]),
)}
<h2>Past renewal decisions</h2>
${table(
  ['decided', 'term', 'decision', 'rationale', 'by'],
  pack.decisions.map((decision) => [
    decision.decidedAt,
    decision.termNumber,
    decision.decision,
    decision.rationale,
    decision.decidedBy,
  ]),
)}
</body></html>
`;
}
