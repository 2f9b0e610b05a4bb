import type { ExpectationMetric } from '../agreement/agreement.entity.js';

/**
 * The measured signal beside a written expectation of an agreement (issue 11, docs/adr/0009). The writer
 * of the expectation chose its metric (EXPECTATION_METRICS, the agreement's shape); nothing is guessed from
 * the text. Meetings and minutes are joint; actions and questions are counted for the party that holds
 * the expectation: the municipality's own, or the region's own in that municipality's collaboration.
 */
export interface PartyFacts {
  /** Due within the window (not cancelled), and of those done by their due date. */
  actionsDue: number;
  actionsDoneOnTime: number;
  actionsOverdue: number;
  /** Open questions the party owns, raised with the municipality. */
  questionsOpen: number;
}

/** The measured figures a signal is made from (one municipality, the look-back window). */
export interface SignalFacts {
  minutesApproved: number;
  minutesApprovedWithinDeadline: number;
  meetingsHeld: number;
  cadenceStatus: 'ok' | 'due' | 'overdue' | 'no_agreement';
  /** The figures of the party holding the expectation. */
  party: PartyFacts;
}

/**
 * How the measured figure reads against the expectation, for colour and words on the overview: `met`,
 * `partly`, `unmet`, or `neutral` where a figure alone does not say (open questions, no agreement).
 * Shares done in time: at least 80 % met, at least 50 % partly. Overdue actions: none met, one or two
 * partly. Meeting cadence: the cadence status (ok, due, overdue).
 */
export const SIGNAL_LEVELS = ['met', 'partly', 'unmet', 'neutral'] as const;
export type SignalLevel = (typeof SIGNAL_LEVELS)[number];

const CADENCE_LEVELS: Record<SignalFacts['cadenceStatus'], SignalLevel> = {
  ok: 'met',
  due: 'partly',
  overdue: 'unmet',
  no_agreement: 'neutral',
};

function shareLevel(share: number): SignalLevel {
  return share >= 0.8 ? 'met' : share >= 0.5 ? 'partly' : 'unmet';
}

export interface ExpectationSignal {
  metric: ExpectationMetric;
  level: SignalLevel;
  /** In Swedish, e.g. "Protokoll justerade inom tidsfristen: 5 av 6". */
  summary: string;
  numerator: number | null;
  denominator: number | null;
  /** numerator ÷ denominator, rounded to two decimals; null without a denominator. */
  ratio: number | null;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 100) / 100;
}

const CADENCE_WORDS: Record<SignalFacts['cadenceStatus'], string> = {
  ok: 'i takt',
  due: 'nästa möte behöver bokas',
  overdue: 'försenad',
  no_agreement: 'ingen överenskommelse',
};

/**
 * The signal for one metric; null when it is not measured, or when nothing has been measured yet (no
 * minutes approved, no action due in the window).
 */
export function expectationSignal(metric: ExpectationMetric, facts: SignalFacts): ExpectationSignal | null {
  const count = (summary: string, numerator: number, level: SignalLevel): ExpectationSignal => ({
    metric,
    level,
    summary,
    numerator,
    denominator: null,
    ratio: null,
  });
  switch (metric) {
    case 'not_measured':
      return null;
    case 'minutes_on_time': {
      if (facts.minutesApproved === 0) return null;
      const share = ratio(facts.minutesApprovedWithinDeadline, facts.minutesApproved)!;
      return {
        metric,
        level: shareLevel(share),
        summary: `Protokoll justerade inom tidsfristen: ${facts.minutesApprovedWithinDeadline} av ${facts.minutesApproved}`,
        numerator: facts.minutesApprovedWithinDeadline,
        denominator: facts.minutesApproved,
        ratio: share,
      };
    }
    case 'actions_on_time': {
      const { actionsDue, actionsDoneOnTime } = facts.party;
      if (actionsDue === 0) return null;
      const share = ratio(actionsDoneOnTime, actionsDue)!;
      return {
        metric,
        level: shareLevel(share),
        summary: `Åtgärder klara i tid: ${Math.round(share * 100)} % (${actionsDoneOnTime} av ${actionsDue})`,
        numerator: actionsDoneOnTime,
        denominator: actionsDue,
        ratio: share,
      };
    }
    case 'actions_overdue': {
      const overdue = facts.party.actionsOverdue;
      return count(
        `Försenade åtgärder: ${overdue}`,
        overdue,
        overdue === 0 ? 'met' : overdue <= 2 ? 'partly' : 'unmet',
      );
    }
    case 'meeting_cadence':
      return count(
        `Möten hållna senaste 12 månaderna: ${facts.meetingsHeld} (takt: ${CADENCE_WORDS[facts.cadenceStatus]})`,
        facts.meetingsHeld,
        CADENCE_LEVELS[facts.cadenceStatus],
      );
    case 'questions_open':
      return count(`Öppna frågor: ${facts.party.questionsOpen}`, facts.party.questionsOpen, 'neutral');
  }
}
