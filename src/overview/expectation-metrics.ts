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

export interface ExpectationSignal {
  metric: ExpectationMetric;
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
  const count = (summary: string, numerator: number): ExpectationSignal => ({
    metric,
    summary,
    numerator,
    denominator: null,
    ratio: null,
  });
  switch (metric) {
    case 'not_measured':
      return null;
    case 'minutes_on_time':
      if (facts.minutesApproved === 0) return null;
      return {
        metric,
        summary: `Protokoll justerade inom tidsfristen: ${facts.minutesApprovedWithinDeadline} av ${facts.minutesApproved}`,
        numerator: facts.minutesApprovedWithinDeadline,
        denominator: facts.minutesApproved,
        ratio: ratio(facts.minutesApprovedWithinDeadline, facts.minutesApproved),
      };
    case 'actions_on_time': {
      const { actionsDue, actionsDoneOnTime } = facts.party;
      if (actionsDue === 0) return null;
      const share = ratio(actionsDoneOnTime, actionsDue)!;
      return {
        metric,
        summary: `Åtgärder klara i tid: ${Math.round(share * 100)} % (${actionsDoneOnTime} av ${actionsDue})`,
        numerator: actionsDoneOnTime,
        denominator: actionsDue,
        ratio: share,
      };
    }
    case 'actions_overdue':
      return count(`Försenade åtgärder: ${facts.party.actionsOverdue}`, facts.party.actionsOverdue);
    case 'meeting_cadence':
      return count(
        `Möten hållna senaste 12 månaderna: ${facts.meetingsHeld} (takt: ${CADENCE_WORDS[facts.cadenceStatus]})`,
        facts.meetingsHeld,
      );
    case 'questions_open':
      return count(`Öppna frågor: ${facts.party.questionsOpen}`, facts.party.questionsOpen);
  }
}
