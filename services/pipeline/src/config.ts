import { domainServiceSchema } from '@pn/config';

export const pipelineConfigSchema = domainServiceSchema(3003);
