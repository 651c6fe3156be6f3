import { Module } from '@nestjs/common';

import { GovernanceHandler } from './governance.handler';
import { GovernanceService } from './governance.service';

@Module({ controllers: [GovernanceHandler], providers: [GovernanceService] })
export class GovernanceModule {}
