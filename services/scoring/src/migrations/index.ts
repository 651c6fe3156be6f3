import { CreatePartnerProjection1764770300000 } from './1764770300000-create-partner-projection';

export const migrations = [CreatePartnerProjection1764770300000];
