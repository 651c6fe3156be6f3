import { Injectable } from '@nestjs/common';

import type { DecisionView } from '@pn/alerts-api';
import type { Caller } from '@pn/auth';
import type { ContractView, ObligationView } from '@pn/contracts-api';
import { DomainError } from '@pn/errors';
import { RpcClient } from '@pn/messaging';
import type { RenegotiationView } from '@pn/scoring-api';

import type { RenegotiationPack } from './pack.schema';

// Obligations a pack summarises; a contract with more is summarised from its latest.
const OBLIGATIONS = 200;

/**
 * Composes a renegotiation pack from the services that own each part: the contract and its
 * obligations (contracts), key dates, countdown and past decisions (alerts), and the
 * relationship's scores, dependency, backups and open risks (scoring). The contract decides
 * visibility: outside the caller's entities the whole pack is 404.
 */
@Injectable()
export class RenegotiationPackComposer {
  constructor(private readonly rpc: RpcClient) {}

  async compose(caller: Caller, contractId: string): Promise<RenegotiationPack> {
    const contract = await this.rpc.request<ContractView>('contracts.contract.get', caller, {
      id: contractId,
    });
    const [obligations, renewal, decisions, relationship] = await Promise.all([
      this.rpc.request<{ items: ObligationView[] }>('contracts.obligation.list', caller, {
        contractId,
        limit: OBLIGATIONS,
      }),
      // A draft or terminated contract has no renewal to count down to.
      orNull(
        this.rpc.request<RenegotiationPack['renewal']>('alerts.renewal.get', caller, {
          contractId,
        }),
      ),
      orNull(this.rpc.request<DecisionView[]>('alerts.decision.list', caller, { contractId })),
      orNull(
        this.rpc.request<RenegotiationView>('scoring.renegotiation.view', caller, {
          partnerId: contract.partnerId,
        }),
      ),
    ]);
    const items = obligations.items.filter((item) => item.status !== 'superseded');
    const count = (status: ObligationView['status']) =>
      items.filter((item) => item.status === status).length;

    return {
      generatedAt: new Date().toISOString(),
      contract,
      renewal,
      obligations: {
        met: count('met'),
        missed: count('missed'),
        waived: count('waived'),
        upcoming: count('upcoming'),
        overdue: items.filter((item) => item.overdue).length,
        missedItems: items.filter((item) => item.status === 'missed'),
      },
      decisions: decisions ?? [],
      relationship,
    };
  }
}

/** A part the owning service does not have (yet) is left empty; any other failure stands. */
async function orNull<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'not_found') {
      return null;
    }
    throw error;
  }
}
