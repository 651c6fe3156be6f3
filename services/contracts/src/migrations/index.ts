import { CreateRegistry1764770100000 } from './1764770100000-create-registry';

export const migrations = [CreateRegistry1764770100000];
