import { CreateMessagingTables1764770000000 } from '@pn/messaging';

import { CreateRenewalSchedule1764770200000 } from './1764770200000-create-renewal-schedule';

export const migrations = [CreateMessagingTables1764770000000, CreateRenewalSchedule1764770200000];
