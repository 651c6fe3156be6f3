import { CreateMessagingTables1764770000000 } from '@pn/messaging';

export const migrations = [CreateMessagingTables1764770000000];
