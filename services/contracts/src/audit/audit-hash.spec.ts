import { auditHash, canonicalJson, GENESIS_HASH, type HashedAuditFields } from './audit-hash';

const record: HashedAuditFields = {
  entityId: 'US01',
  occurredAt: '2026-12-03T10:00:00.000Z',
  actor: 'subject-1',
  actorUsername: 'lee.legal',
  action: 'contract.create',
  aggregateType: 'contract',
  aggregateId: 'c-1',
  before: null,
  after: { title: 'Master agreement', fees: [{ amount: { amountMinor: 100, currency: 'USD' } }] },
  reason: null,
  requestId: 'r-1',
  traceId: null,
  prevHash: GENESIS_HASH,
};

describe('audit hashing', () => {
  it('writes object keys in one order whatever order they were built in', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });

  it('gives the same hash for the same record read back with its keys reordered', () => {
    const reordered = JSON.parse(
      JSON.stringify({
        ...record,
        after: {
          fees: record.after && (record.after as { fees: unknown }).fees,
          title: 'Master agreement',
        },
      }),
    ) as HashedAuditFields;

    expect(auditHash(reordered)).toBe(auditHash(record));
  });

  it.each([
    ['the actor', { actorUsername: 'mallory' }],
    ['the after image', { after: { title: 'Master agreement (edited)' } }],
    ['the link to the previous record', { prevHash: 'f'.repeat(64) }],
    ['the time', { occurredAt: '2026-12-03T10:00:00.001Z' }],
  ])('changes when %s changes', (_what, change) => {
    expect(auditHash({ ...record, ...change })).not.toBe(auditHash(record));
  });
});
