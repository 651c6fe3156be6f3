/*
 * How opportunities flow through the pipeline: for each stage, how many reached it, how many
 * of those went on, and how long a stay in it lasts. An opportunity's journey is its
 * transitions in time order; each transition starts a stay in its `to` stage, which ends at
 * the opportunity's next transition. Transitions at the same instant keep the order given.
 *
 * A stage visited twice, after a send-back, counts the opportunity once in `entered` and
 * `advanced`, but each of its stays counts in the median: every stay is time spent in the
 * stage. A stay ended by a withdrawal or a send-back is completed too: the stage was left.
 */
import { median, roundToTenth } from './numbers';
import { type PipelineStage, type Stage, stagePosition, STAGES, WITHDRAWN } from './stages';

export interface StageTransition {
  opportunityId: string;
  /** Null for the creation of the opportunity. */
  from: Stage | null;
  to: Stage;
  /** An ISO 8601 date and time. */
  at: string;
}

/** Every stage but `decided`, which nothing leaves and so has nothing to convert to. */
export type FunnelStage = Exclude<PipelineStage, 'decided'>;

export interface StageFunnel {
  stage: FunnelStage;
  /** Distinct opportunities that ever entered the stage. */
  entered: number;
  /** Of those, how many entered a later stage of `STAGES` afterwards. */
  advanced: number;
  /** advanced / entered × 100, one decimal; null when nothing entered. */
  conversionPct: number | null;
  /** Median of the completed stays, in days, one decimal; null when none is completed. */
  medianDaysInStage: number | null;
}

const DAY_MS = 86_400_000;
const FUNNEL_STAGES = STAGES.filter(isFunnelStage);

interface Tally {
  entered: Set<string>;
  advanced: Set<string>;
  staysMs: number[];
}

type Tallies = Record<FunnelStage, Tally>;

/**
 * The funnel of every stage but decided, in pipeline order, as of `now`: transitions after
 * `now` are left out, so a report can be rebuilt for any past moment. Reaching `decided`
 * advances executive sign-off whether the decision was go or no-go. Throws a RangeError for a
 * date and time that cannot be read.
 */
export function funnelMetrics(transitions: readonly StageTransition[], now: string): StageFunnel[] {
  const nowMs = instant(now);
  const tallies = emptyTallies();
  for (const [opportunityId, journey] of journeys(transitions, nowMs)) {
    journey.forEach((step, index) => {
      const next = journey[index + 1];
      markAdvanced(tallies, opportunityId, step.to);
      if (isFunnelStage(step.to)) {
        tallies[step.to].entered.add(opportunityId);
        if (next !== undefined) {
          tallies[step.to].staysMs.push(next.atMs - step.atMs);
        }
      }
    });
  }

  return FUNNEL_STAGES.map((stage) => {
    const { entered, advanced, staysMs } = tallies[stage];
    const medianMs = median(staysMs);

    return {
      stage,
      entered: entered.size,
      advanced: advanced.size,
      conversionPct: entered.size === 0 ? null : roundToTenth((100 * advanced.size) / entered.size),
      medianDaysInStage: medianMs === null ? null : roundToTenth(medianMs / DAY_MS),
    };
  });
}

// Entering a stage advances every earlier stage the opportunity has entered; withdrawn has no
// position, and a send-back goes to an earlier stage, so neither advances anything.
function markAdvanced(tallies: Tallies, opportunityId: string, to: Stage): void {
  const toPosition = stagePosition(to);
  if (toPosition === null) {
    return;
  }
  for (const stage of FUNNEL_STAGES.slice(0, toPosition)) {
    const tally = tallies[stage];
    if (tally.entered.has(opportunityId)) {
      tally.advanced.add(opportunityId);
    }
  }
}

// A Record keyed by the union makes the compiler reject this when a stage is added.
function emptyTallies(): Tallies {
  const tally = (): Tally => ({ entered: new Set(), advanced: new Set(), staysMs: [] });

  return {
    identified: tally(),
    qualifying: tally(),
    scored: tally(),
    strategy_review: tally(),
    legal_feasibility: tally(),
    executive_signoff: tally(),
  };
}

function isFunnelStage(stage: Stage): stage is FunnelStage {
  return stage !== 'decided' && stage !== WITHDRAWN;
}

interface Step {
  to: Stage;
  atMs: number;
}

function journeys(transitions: readonly StageTransition[], nowMs: number): Map<string, Step[]> {
  const byOpportunity = new Map<string, Step[]>();
  for (const transition of transitions) {
    const atMs = instant(transition.at);
    if (atMs <= nowMs) {
      const journey = byOpportunity.get(transition.opportunityId) ?? [];
      journey.push({ to: transition.to, atMs });
      byOpportunity.set(transition.opportunityId, journey);
    }
  }
  // Array sort is stable, so same-instant transitions keep the order they were given in.
  byOpportunity.forEach((journey) => journey.sort((a, b) => a.atMs - b.atMs));

  return byOpportunity;
}

function instant(dateTime: string): number {
  const ms = Date.parse(dateTime);
  if (!Number.isFinite(ms)) {
    throw new RangeError(`not an ISO date and time: ${dateTime}`);
  }

  return ms;
}
