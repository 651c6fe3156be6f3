import { CreateRenewalSchedule1764770200000 } from './1764770200000-create-renewal-schedule';
import { ProjectApprovedVersions1764770300000 } from './1764770300000-project-approved-versions';

export const migrations = [
  CreateRenewalSchedule1764770200000,
  ProjectApprovedVersions1764770300000,
];
