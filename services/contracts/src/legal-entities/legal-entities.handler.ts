import { MessagePattern, Payload } from '@nestjs/microservices';
import { InjectRepository } from '@nestjs/typeorm';

import { In, Repository } from 'typeorm';
import { z } from 'zod';

import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';

import { LegalEntity } from './legal-entity.entity';

@RpcController()
export class LegalEntitiesHandler {
  constructor(@InjectRepository(LegalEntity) private readonly entities: Repository<LegalEntity>) {}

  /** The caller's own legal entities; others do not exist for them. */
  @MessagePattern(rpcSubject('contracts.entity.list'))
  async list(@Payload() raw: unknown): Promise<LegalEntity[]> {
    const { caller } = parseRpcRequest(raw, z.object({}));

    return this.entities.find({ where: { id: In(caller.entities) }, order: { id: 'ASC' } });
  }
}
