import { DEFAULT_MODEL } from '../model/default-model';
import { MODEL_V1 } from './1764771100000-scoring-inputs-and-scores';

describe('the seeded scoring model', () => {
  it('is the default model the code documents and validates', () => {
    expect({ version: 1, ...MODEL_V1 }).toEqual(DEFAULT_MODEL);
  });
});
