import { domainServiceSchema } from '@pn/config';

export const alertsConfigSchema = domainServiceSchema(3004);
