import { contractCreated } from './catalogue';
import { deadLetterStream, streamOf, subjectOf } from './define-event';

describe('event naming', () => {
  it('types events as pn.<service>.<aggregate>.<event>.v<N>', () => {
    expect(contractCreated.type).toBe('pn.contracts.contract.created.v1');
  });

  it('puts the configured prefix at the head of the subject', () => {
    expect(subjectOf(contractCreated.type, 'pn')).toBe('pn.contracts.contract.created.v1');
    expect(subjectOf(contractCreated.type, 'pntest')).toBe('pntest.contracts.contract.created.v1');
  });

  it('names one stream per owning service and one for dead letters', () => {
    expect(streamOf('contracts', 'pn')).toEqual({
      name: 'PN_CONTRACTS',
      subjects: ['pn.contracts.>'],
    });
    expect(deadLetterStream('pn-test')).toEqual({
      name: 'PN_TEST_DEADLETTER',
      subjects: ['pn-test.deadletter.>'],
    });
  });
});
