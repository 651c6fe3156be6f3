import { inboxQuery, recordDecisionSchema } from './index';

describe('alerts API schemas', () => {
  it('needs a rationale with every renewal decision', () => {
    expect(
      recordDecisionSchema.safeParse({ decision: 'renew', rationale: 'rates held' }).success,
    ).toBe(true);
    expect(recordDecisionSchema.safeParse({ decision: 'renew' }).success).toBe(false);
    expect(
      recordDecisionSchema.safeParse({ decision: 'extend', rationale: 'why not' }).success,
    ).toBe(false);
  });

  it('reads the inbox query from strings and refuses unknown filters', () => {
    expect(inboxQuery.parse({ limit: '20', status: 'open' })).toEqual({
      limit: 20,
      status: 'open',
    });
    expect(inboxQuery.safeParse({ owner: 'me' }).success).toBe(false);
  });
});
