import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { LegalEntitiesHandler } from './legal-entities.handler';
import { LegalEntity } from './legal-entity.entity';

@Module({
  imports: [TypeOrmModule.forFeature([LegalEntity])],
  controllers: [LegalEntitiesHandler],
})
export class LegalEntitiesModule {}
