import { randomUUID } from 'node:crypto';

import { Client } from 'pg';

import { auditRecordSchema } from '@pn/contracts-api';

import { api } from '../support/api';
import { createPartner } from '../support/fixtures';
import { e2eStack } from '../support/stack';

type AuditRecord = ReturnType<typeof auditRecordSchema.parse>;
interface Verification {
  entityId: string;
  records: number;
  valid: boolean;
  firstBroken: { seq: number; problem: string } | null;
}

async function withContractsDatabase<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: e2eStack().databaseUrl('contracts') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function auditOf(aggregateId: string): Promise<AuditRecord[]> {
  const response = await api<{ items: AuditRecord[] }>(
    'GET',
    `/audit?entityId=US01&aggregateId=${aggregateId}`,
    { as: 'aud.auditor' },
  );

  return response.body.items.map((record) => auditRecordSchema.parse(record));
}

const verify = (as = 'aud.auditor') =>
  api<Verification>('GET', '/audit/verification?entityId=US01', { as });

describe('audit chain: every write recorded, nothing rewritten unnoticed', () => {
  it('records who did what, before and after, with the request and trace ids', async () => {
    const requestId = `e2e-${randomUUID()}`;
    const partner = await createPartner('sam.strategy', 'US01');
    await api('PATCH', `/partners/${partner.id}`, {
      as: 'sam.strategy',
      body: { ownerUsername: 'oli.ops' },
      headers: { 'x-request-id': requestId },
    });

    const records = await auditOf(partner.id);

    expect(records.map((record) => record.action)).toEqual(['partner.update', 'partner.create']);
    expect(records[0]).toMatchObject({
      actorUsername: 'sam.strategy',
      aggregateType: 'partner',
      before: { ownerUsername: null },
      after: { ownerUsername: 'oli.ops' },
      requestId,
    });
    expect(records[0].traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(records[0].prevHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies the chain of an entity', async () => {
    await createPartner('sam.strategy', 'US01');

    const response = await verify();

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ entityId: 'US01', valid: true, firstBroken: null });
    expect(response.body.records).toBeGreaterThan(0);
  });

  it('refuses to update, delete or truncate audit records, even for the service’s own role', async () => {
    const partner = await createPartner('sam.strategy', 'US01');

    await withContractsDatabase(async (client) => {
      await expect(
        client.query(`UPDATE audit_record SET actor_username = 'mallory' WHERE aggregate_id = $1`, [
          partner.id,
        ]),
      ).rejects.toThrow(/append-only/);
      await expect(
        client.query('DELETE FROM audit_record WHERE aggregate_id = $1', [partner.id]),
      ).rejects.toThrow(/append-only/);
      await expect(client.query('TRUNCATE audit_record')).rejects.toThrow(/append-only/);
    });
    expect((await verify()).body.valid).toBe(true);
  });

  it('detects a record altered behind the triggers’ back, and names it', async () => {
    const partner = await createPartner('sam.strategy', 'US01');
    const [created] = await auditOf(partner.id);

    // A superuser can switch triggers off for a session: the hash chain still catches it.
    const tamper = (name: string) =>
      withContractsDatabase(async (client) => {
        await client.query('SET session_replication_role = replica');
        await client.query(
          `UPDATE audit_record SET after = jsonb_set(after, '{legalName}', to_jsonb($2::text))
           WHERE seq = $1`,
          [created.seq, name],
        );
      });
    await tamper('Someone Else Entirely LLC');
    try {
      const response = await verify();

      expect(response.body.valid).toBe(false);
      expect(response.body.firstBroken).toEqual({
        seq: created.seq,
        problem: 'its content no longer matches its hash',
      });
    } finally {
      await tamper(partner.legalName);
    }
    expect((await verify()).body.valid).toBe(true);
  });

  it('shows an entity’s audit only to those who may see the entity, and only to audit readers', async () => {
    const otherEntity = await verify('lena.legal');
    const noAuditRole = await verify('oli.ops');

    expect(otherEntity.status).toBe(404);
    expect(noAuditRole.status).toBe(403);
  });
});
