import { z } from 'zod';

import { ROLES } from '@pn/auth';

/** Shared mailboxes of roles, keyed `role` or `role@ENTITY` (the entity's own wins). */
export type RoleMailboxes = ReadonlyMap<string, string>;

const address = z.email();

/**
 * Parses `legal=legal@example.com,finance@UK01=uk-finance@example.com`: the mailbox each
 * role's alerts are emailed to, for every entity or for one. A role without a mailbox is
 * reached through its members' inboxes only. Every mistake is named, so a typo cannot
 * silently turn a team's email off.
 */
export function parseRoleMailboxes(text: string, context: z.RefinementCtx): RoleMailboxes {
  const mailboxes = new Map<string, string>();
  for (const pair of text.split(',').map((part) => part.trim())) {
    if (!pair) {
      continue;
    }
    const [key, mailbox, ...rest] = pair.split('=').map((part) => part.trim());
    const [role, entity] = (key ?? '').split('@');
    const problem =
      mailbox === undefined || rest.length > 0
        ? `"${pair}" is not role=address or role@ENTITY=address`
        : !(ROLES as readonly string[]).includes(role)
          ? `"${role}" in "${pair}" is not a role (${ROLES.join(', ')})`
          : entity !== undefined && !/^[A-Za-z0-9_-]+$/.test(entity)
            ? `"${entity}" in "${pair}" is not an entity id`
            : !address.safeParse(mailbox).success
              ? `"${mailbox}" in "${pair}" is not an email address`
              : mailboxes.has(key)
                ? `"${key}" is given twice`
                : null;
    if (problem) {
      context.addIssue({ code: 'custom', message: problem });

      return z.NEVER;
    }
    mailboxes.set(key, mailbox);
  }

  return mailboxes;
}
