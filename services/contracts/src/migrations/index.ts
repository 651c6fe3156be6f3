import { CreateMessagingTables1764770000000 } from '@pn/messaging';

import { CreateRegistry1764770100000 } from './1764770100000-create-registry';

export const migrations = [CreateMessagingTables1764770000000, CreateRegistry1764770100000];
