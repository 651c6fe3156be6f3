import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditHandler } from './audit.handler';
import { AuditService } from './audit.service';
import { AuditRecord } from './audit-record.entity';

@Module({
  imports: [TypeOrmModule.forFeature([AuditRecord])],
  controllers: [AuditHandler],
  providers: [AuditService],
})
export class AuditModule {}
