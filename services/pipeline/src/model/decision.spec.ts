import fc from 'fast-check';

import { type Decision, type DecisionInput, decisionRefusal, isOverride } from './decision';
import type { Recommendation } from './opportunity-score';
import { type Stage, STAGES, WITHDRAWN } from './stages';

const RATIONALE = 'Opens the Nordic market';
const decide = (overrides: Partial<DecisionInput> = {}): DecisionInput => ({
  stage: 'executive_signoff',
  recommendation: 'go',
  decision: 'go',
  rationale: RATIONALE,
  ...overrides,
});
const codeOf = (input: DecisionInput) => decisionRefusal(input)?.code ?? null;

describe('isOverride', () => {
  it.each<[Recommendation, Decision, boolean]>([
    ['go', 'go', false],
    ['go', 'no_go', true],
    ['no_go', 'no_go', false],
    ['no_go', 'go', true],
    ['executive_judgement', 'go', false],
    ['executive_judgement', 'no_go', false],
  ])(
    'calls deciding %s on a %s recommendation an override: %p',
    (recommendation, decision, expected) => {
      expect(isOverride(recommendation, decision)).toBe(expected);
    },
  );
});

describe('decisionRefusal', () => {
  it('records a decision that follows the recommendation, with a rationale', () => {
    expect(decisionRefusal(decide())).toBeNull();
  });

  it.each<[Stage]>([['legal_feasibility'], ['scored'], ['decided'], [WITHDRAWN]])(
    'refuses to decide an opportunity in %s',
    (stage) => {
      expect(decisionRefusal(decide({ stage }))).toEqual({
        code: 'decision.not_ready',
        reason: `The opportunity is in ${stage}: only an opportunity in executive_signoff can be decided.`,
      });
    },
  );

  it.each(['', '   ok   ', '123456789', ' '.repeat(20), '🙂🙂🙂🙂🙂'])(
    'refuses the rationale %j as too short',
    (rationale) => {
      expect(decisionRefusal(decide({ rationale }))).toEqual({
        code: 'decision.rationale_required',
        reason: 'Give a rationale of at least 10 characters for the decision.',
      });
    },
  );

  it('accepts a rationale of exactly 10 characters, counting what people see', () => {
    expect(decisionRefusal(decide({ rationale: '  1234567890  ' }))).toBeNull();
    expect(decisionRefusal(decide({ rationale: '🙂'.repeat(10) }))).toBeNull();
  });

  it.each<[Recommendation, Decision, string | null | undefined]>([
    ['no_go', 'go', undefined],
    ['no_go', 'go', null],
    ['go', 'no_go', 'too risky'],
    ['go', 'no_go', '           '],
  ])(
    'requires an override reason to go against %s by deciding %s (given %j)',
    (recommendation, decision, overrideReason) => {
      expect(decisionRefusal(decide({ recommendation, decision, overrideReason }))).toEqual({
        code: 'decision.override_reason_required',
        reason: `Deciding ${decision} against a ${recommendation} recommendation needs an override reason of at least 10 characters.`,
      });
    },
  );

  it('records an override with a reason', () => {
    const override = decide({
      recommendation: 'no_go',
      decision: 'go',
      overrideReason: 'The board wants a foothold before the tender',
    });

    expect(decisionRefusal(override)).toBeNull();
  });

  it.each<[Decision]>([['go'], ['no_go']])(
    'lets an executive judgement call be decided %s without an override reason',
    (decision) => {
      expect(
        decisionRefusal(decide({ recommendation: 'executive_judgement', decision })),
      ).toBeNull();
    },
  );

  it('accepts an override reason nobody asked for', () => {
    expect(decisionRefusal(decide({ overrideReason: 'Also the CFO agrees' }))).toBeNull();
  });

  it('checks the stage, then the rationale, then the override reason', () => {
    const everythingWrong = decide({ stage: 'scored', rationale: '', recommendation: 'no_go' });

    expect(codeOf(everythingWrong)).toBe('decision.not_ready');
    expect(codeOf({ ...everythingWrong, stage: 'executive_signoff' })).toBe(
      'decision.rationale_required',
    );
    expect(codeOf({ ...everythingWrong, stage: 'executive_signoff', rationale: RATIONALE })).toBe(
      'decision.override_reason_required',
    );
  });

  it('records exactly the decisions at sign-off with a rationale, and a reason for an override', () => {
    const input = fc.record({
      stage: fc.constantFrom<Stage>(...STAGES, WITHDRAWN),
      recommendation: fc.constantFrom<Recommendation>('go', 'no_go', 'executive_judgement'),
      decision: fc.constantFrom<Decision>('go', 'no_go'),
      rationale: fc.string({ maxLength: 14 }),
      overrideReason: fc.option(fc.string({ maxLength: 14 })),
    });
    const longEnough = (text: string | null) => [...(text ?? '').trim()].length >= 10;
    fc.assert(
      fc.property(input, (attempt) => {
        const allowed =
          attempt.stage === 'executive_signoff' &&
          longEnough(attempt.rationale) &&
          (!isOverride(attempt.recommendation, attempt.decision) ||
            longEnough(attempt.overrideReason));

        expect(decisionRefusal(attempt) === null).toBe(allowed);
      }),
    );
  });
});
