import { CreateRegistry1764770100000 } from './1764770100000-create-registry';
import { GovernedRegistry1764770200000 } from './1764770200000-governed-registry';
import { ContractVersions1764770300000 } from './1764770300000-contract-versions';
import { Obligations1764770400000 } from './1764770400000-obligations';
import { Documents1764770500000 } from './1764770500000-documents';
import { Imports1764770600000 } from './1764770600000-imports';
import { PartnerOrigin1764771500000 } from './1764771500000-partner-origin';

export const migrations = [
  CreateRegistry1764770100000,
  GovernedRegistry1764770200000,
  ContractVersions1764770300000,
  Obligations1764770400000,
  Documents1764770500000,
  Imports1764770600000,
  PartnerOrigin1764771500000,
];
