import { DEFAULT_OPPORTUNITY_MODEL } from '../model/opportunity-score';
import { OPPORTUNITY_MODEL_V1 } from './1764771400000-opportunities';

describe('the seeded opportunity model', () => {
  it('is the default model the code documents and validates', () => {
    expect({ version: 1, ...OPPORTUNITY_MODEL_V1 }).toEqual(DEFAULT_OPPORTUNITY_MODEL);
  });
});
