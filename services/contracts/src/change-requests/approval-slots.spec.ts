import { assignSlots, isFullyApproved } from './approval-slots';

const DEFAULT_POLICY = [['legal'], ['executive', 'strategy']];
const lawyer = { subject: 'l', roles: ['legal'] };
const executive = { subject: 'e', roles: ['executive'] };
const strategist = { subject: 's', roles: ['strategy'] };
const lawyerStrategist = { subject: 'ls', roles: ['legal', 'strategy'] };

describe('approval slots', () => {
  it('is complete with one lawyer and one executive or strategist', () => {
    expect(isFullyApproved(DEFAULT_POLICY, [lawyer, executive])).toBe(true);
    expect(isFullyApproved(DEFAULT_POLICY, [strategist, lawyer])).toBe(true);
  });

  it('is not complete with one approval, or with two from the same slot', () => {
    expect(isFullyApproved(DEFAULT_POLICY, [lawyer])).toBe(false);
    expect(assignSlots(DEFAULT_POLICY, [executive, strategist])).toBeNull();
  });

  it('re-matches so a person with two roles does not block the only other approver', () => {
    expect(assignSlots(DEFAULT_POLICY, [lawyerStrategist, lawyer])).toEqual([1, 0]);
  });

  it('refuses an approver no open slot accepts', () => {
    expect(assignSlots(DEFAULT_POLICY, [lawyer, { subject: 'f', roles: ['finance'] }])).toBeNull();
  });

  it('supports stricter policies configured per entity', () => {
    const strict = [['legal'], ['finance'], ['executive']];

    expect(isFullyApproved(strict, [lawyer, executive])).toBe(false);
    expect(isFullyApproved(strict, [lawyer, { subject: 'f', roles: ['finance'] }, executive])).toBe(
      true,
    );
  });
});
