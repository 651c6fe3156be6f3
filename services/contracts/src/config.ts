import { domainServiceSchema } from '@pn/config';

export const contractsConfigSchema = domainServiceSchema(3001);
