import * as fs from 'node:fs';
import * as path from 'node:path';

import { buildAsyncApiDocument } from '@pn/events';

// `npm run docs`: rewrites docs/asyncapi.json from the event catalogue.
const target = path.resolve(__dirname, '..', 'docs', 'asyncapi.json');
fs.writeFileSync(target, `${JSON.stringify(buildAsyncApiDocument(), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
