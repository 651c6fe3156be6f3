import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';

import { Repository } from 'typeorm';

import type { Caller } from '@pn/auth';
import type { VersionView } from '@pn/contracts-api';
import { DomainError } from '@pn/errors';

import { ContractsService } from '../contracts/contracts.service';
import { ContractVersion } from './contract-version.entity';
import { diffTerms } from './term-diff';
import { termsAsOf } from './terms-as-of';
import { toVersionView } from './version-view';

/** Reading a contract's history: its versions, their differences, the terms on a date. */
@Injectable()
export class VersionsService {
  constructor(
    private readonly contracts: ContractsService,
    @InjectRepository(ContractVersion) private readonly versions: Repository<ContractVersion>,
  ) {}

  async list(caller: Caller, contractId: string): Promise<VersionView[]> {
    await this.contracts.get(caller, contractId);

    return (await this.all(contractId)).map(toVersionView);
  }

  async get(caller: Caller, contractId: string, version: number): Promise<VersionView> {
    await this.contracts.get(caller, contractId);

    return toVersionView(await this.one(contractId, version));
  }

  async compare(caller: Caller, contractId: string, from: number, to: number) {
    await this.contracts.get(caller, contractId);
    const [older, newer] = await Promise.all([
      this.one(contractId, from),
      this.one(contractId, to),
    ]);

    return { contractId, from, to, changes: diffTerms(older.terms, newer.terms) };
  }

  async asOf(caller: Caller, contractId: string, date: string) {
    await this.contracts.get(caller, contractId);

    return { contractId, asOf: date, ...termsAsOf(await this.all(contractId), date) };
  }

  private all(contractId: string): Promise<ContractVersion[]> {
    return this.versions.find({ where: { contractId }, order: { version: 'ASC' } });
  }

  private async one(contractId: string, version: number): Promise<ContractVersion> {
    const found = await this.versions.findOneBy({ contractId, version });
    if (!found) {
      throw DomainError.notFound(
        'contract.version_not_found',
        `contract ${contractId} has no version ${version}`,
        { contractId, version },
      );
    }

    return found;
  }
}
