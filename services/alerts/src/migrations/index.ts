import { CreateRenewalSchedule1764770200000 } from './1764770200000-create-renewal-schedule';

export const migrations = [CreateRenewalSchedule1764770200000];
