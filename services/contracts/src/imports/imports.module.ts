import { Module } from '@nestjs/common';

import { ImportsHandler } from './imports.handler';
import { ImportsService } from './imports.service';

@Module({ controllers: [ImportsHandler], providers: [ImportsService] })
export class ImportsModule {}
