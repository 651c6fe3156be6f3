import { canMovePartner, PARTNER_TRANSITIONS, partnerStatus } from './partner-lifecycle';

describe('partner lifecycle', () => {
  it('lets a prospect be onboarded or dropped, and nothing else', () => {
    expect(partnerStatus.options.filter((to) => canMovePartner('prospect', to))).toEqual([
      'onboarding',
      'exited',
    ]);
  });

  it('ends at exited: no way back', () => {
    expect(PARTNER_TRANSITIONS.exited).toEqual([]);
  });

  it('never offers a status that does not exist or a move to the same status', () => {
    for (const [from, targets] of Object.entries(PARTNER_TRANSITIONS)) {
      for (const to of targets) {
        expect(partnerStatus.options).toContain(to);
        expect(to).not.toBe(from);
      }
    }
  });

  it('reaches exited from every status but exited, so every relationship can end', () => {
    const reachesExit = (status: string, seen = new Set<string>()): boolean => {
      if (status === 'exited') {
        return true;
      }
      seen.add(status);
      return PARTNER_TRANSITIONS[status as keyof typeof PARTNER_TRANSITIONS].some(
        (next) => !seen.has(next) && reachesExit(next, seen),
      );
    };

    expect(partnerStatus.options.every((status) => reachesExit(status))).toBe(true);
  });
});
