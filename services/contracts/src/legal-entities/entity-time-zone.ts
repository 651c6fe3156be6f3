import type { EntityManager } from 'typeorm';

/** The IANA zone in which the entity's calendar dates are read. */
export async function entityTimeZone(manager: EntityManager, entityId: string): Promise<string> {
  const [entity] = await manager.query<{ time_zone: string }[]>(
    'SELECT time_zone FROM legal_entity WHERE id = $1',
    [entityId],
  );

  return entity.time_zone;
}
