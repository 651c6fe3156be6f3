// Puts the page's state on screen. Every text goes in through textContent, never as HTML, so
// nothing the API returns (a partner's name, say) can inject markup.

import type { Me, Renewal } from './api.js';
import { element } from './dom.js';
import { dateLabel, daysLeftLabel, renewalTypeLabel, urgencyOf } from './format.js';

type PageState = 'loading' | 'signed-out' | 'signed-in';

// The number of columns of the renewals table, for the rows that span all of them.
const RENEWAL_COLUMNS = 7;

export function showSignedOut(notice?: string): void {
  setState('signed-out');
  showNotice(notice);
}

export function showSignedIn(): void {
  setState('signed-in');
  showNotice(undefined);
}

/** A message for the reader above the page's content; undefined hides it. */
export function showNotice(message: string | undefined): void {
  const notice = element('notice');
  notice.textContent = message ?? '';
  notice.hidden = message === undefined;
}

export function showUser(me: Me): void {
  element('user-name').textContent = me.name ?? me.username;
  element('user-roles').textContent = me.roles.join(', ');
  element('user-entities').textContent = me.entities
    .map((entity) => `${entity.id} ${entity.legalName}`)
    .join(', ');
}

export function showRenewals(renewals: Renewal[]): void {
  const rows = renewals.map(renewalRow);
  fillRenewals(rows.length > 0 ? rows : [messageRow('No renewals yet')]);
}

export function showRenewalsFailed(): void {
  fillRenewals([messageRow('The renewals could not be loaded.')]);
}

function setState(state: PageState): void {
  // Also on <body> so styles and browser tests can tell a settled page from a loading one.
  document.body.dataset.state = state;
  element('signed-out').hidden = state !== 'signed-out';
  element('signed-in').hidden = state !== 'signed-in';
  element('account').hidden = state !== 'signed-in';
}

function fillRenewals(rows: HTMLTableRowElement[]): void {
  const table = element<HTMLTableElement>('renewals');
  const body = table.tBodies[0] ?? table.createTBody();
  body.replaceChildren(...rows);
  table.setAttribute('aria-busy', 'false');
}

function renewalRow(renewal: Renewal): HTMLTableRowElement {
  const row = document.createElement('tr');
  row.dataset.contractId = renewal.contractId;
  const partner = document.createElement('th');
  partner.scope = 'row';
  partner.textContent = renewal.partnerName;
  row.append(
    partner,
    textCell(renewal.title),
    textCell(renewal.entityId),
    textCell(renewalTypeLabel(renewal.renewalType)),
    dateCell(renewal.term.end),
    dateCell(renewal.actionDeadline),
    countdownCell(renewal.daysToActionDeadline),
  );

  return row;
}

function textCell(text: string): HTMLTableCellElement {
  const cell = document.createElement('td');
  cell.textContent = text;

  return cell;
}

function dateCell(isoDate: string): HTMLTableCellElement {
  const time = document.createElement('time');
  time.dateTime = isoDate;
  time.textContent = dateLabel(isoDate);
  const cell = document.createElement('td');
  cell.append(time);

  return cell;
}

function countdownCell(daysLeft: number): HTMLTableCellElement {
  const cell = textCell(daysLeftLabel(daysLeft));
  cell.className = 'days-left';
  cell.dataset.urgency = urgencyOf(daysLeft);

  return cell;
}

function messageRow(message: string): HTMLTableRowElement {
  const cell = textCell(message);
  cell.colSpan = RENEWAL_COLUMNS;
  const row = document.createElement('tr');
  row.className = 'message';
  row.append(cell);

  return row;
}
