import { Opportunities1764771400000 } from './1764771400000-opportunities';

export const migrations = [Opportunities1764771400000];
