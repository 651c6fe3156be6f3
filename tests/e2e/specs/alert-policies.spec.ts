import { addDays, todayIn } from '@pn/calendar';

import { api, eventually } from '../support/api';
import { createActiveContract, createPartner } from '../support/fixtures';

interface EffectivePolicy {
  category: string;
  offsets: number[];
  escalationThresholdDays: number;
  source: string;
}

describe('alert policies per entity and partner category', () => {
  it('shows the defaults, carriers escalating earlier', async () => {
    const response = await api<EffectivePolicy[]>('GET', '/alert-policies/US01', {
      as: 'lee.legal',
    });

    expect(response.body.find((policy) => policy.category === 'carrier')).toMatchObject({
      offsets: [180, 120, 90, 60],
      escalationThresholdDays: 90,
      source: 'default',
    });
    expect(response.body.find((policy) => policy.category === 'vendor')).toMatchObject({
      escalationThresholdDays: 60,
    });
  });

  it('lets an admin set a category’s policy, which the next alerts follow', async () => {
    const policy = { offsets: [30, 200], escalationThresholdDays: 20, escalationRepeatDays: 3 };

    const byStrategy = await api('PUT', '/alert-policies/UK01?category=opportunistic', {
      as: 'sam.strategy',
      body: policy,
    });
    const repeated = await api('PUT', '/alert-policies/UK01?category=opportunistic', {
      as: 'ada.admin',
      body: { ...policy, offsets: [30, 30] },
    });
    const set = await api<EffectivePolicy[]>('PUT', '/alert-policies/UK01?category=opportunistic', {
      as: 'ada.admin',
      body: policy,
    });
    const partner = await createPartner('sam.strategy', 'UK01', undefined, {
      category: 'opportunistic',
      ownerUsername: 'sam.strategy',
    });
    // A notice deadline about 100 days away: of the policy's offsets only 200 has passed.
    const contract = await createActiveContract(partner, {
      effectiveDate: addDays(todayIn('Europe/London'), 100 - 274),
      initialTermMonths: 12,
      renewalType: 'auto',
      renewalTermMonths: 12,
      noticeDays: 90,
    });
    const alerts = await eventually(async () => {
      const found = (
        await api<{ contractId: string; offsetDays: number | null }[]>('GET', '/alerts', {
          as: 'sam.strategy',
        })
      ).body.filter((alert) => alert.contractId === contract.id);

      return found.length ? found : undefined;
    });

    expect(byStrategy.status).toBe(403);
    expect(repeated.status).toBe(400);
    expect(set.body.find((item) => item.category === 'opportunistic')).toMatchObject({
      offsets: [200, 30],
      source: 'category',
    });
    expect(alerts.map((alert) => alert.offsetDays)).toEqual([200]);
  });
});
