import { CreateMessagingTables1764770000000 } from '@pn/messaging';

import { CreatePartnerProjection1764770300000 } from './1764770300000-create-partner-projection';

export const migrations = [
  CreateMessagingTables1764770000000,
  CreatePartnerProjection1764770300000,
];
