import { domainServiceSchema } from '@pn/config';

export const scoringConfigSchema = domainServiceSchema(3002);
