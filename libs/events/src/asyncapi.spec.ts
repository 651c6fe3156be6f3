import * as fs from 'node:fs';
import * as path from 'node:path';

import { buildAsyncApiDocument } from './asyncapi';
import { eventCatalogue } from './catalogue';

const COMMITTED = path.resolve(__dirname, '../../../docs/asyncapi.json');

describe('AsyncAPI document', () => {
  it('matches the committed docs/asyncapi.json (regenerate with npm run docs)', () => {
    const committed: unknown = JSON.parse(fs.readFileSync(COMMITTED, 'utf8'));

    expect(committed).toEqual(buildAsyncApiDocument());
  });

  it('has a channel for every event in the catalogue', () => {
    const channels = Object.values(
      buildAsyncApiDocument().channels as Record<string, { address: string }>,
    );

    expect(channels.map((channel) => channel.address).sort()).toEqual(
      eventCatalogue.map((event) => event.type).sort(),
    );
  });
});
