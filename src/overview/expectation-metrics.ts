/**
 * Which measured signal belongs beside a written expectation of an agreement (docs/adr/0009). Agreements
 * hold expectations as free text ({party, text}); the mapping is by keywords, Swedish and English, checked
 * in this order (minutes before meetings: "protokollet justeras inom två veckor efter mötet" is about
 * minutes). An expectation that matches none is shown without a signal.
 */
export const EXPECTATION_METRICS = [
  'minutes_on_time',
  'actions_on_time',
  'meeting_cadence',
  'questions_answered',
] as const;
export type ExpectationMetric = (typeof EXPECTATION_METRICS)[number];

const KEYWORDS: ReadonlyArray<[ExpectationMetric, RegExp]> = [
  ['minutes_on_time', /protokoll|minnesanteckning|justera|justering|minutes/i],
  ['actions_on_time', /åtgärd|uppdrag|action|follow[- ]?up|uppföljning/i],
  ['questions_answered', /fråg|återkoppl|\bsvar|question|answer/i],
  ['meeting_cadence', /möte|möt|träff|ses |kadens|samverkansmöte|meeting|meet|cadence/i],
];

export function expectationMetric(text: string): ExpectationMetric | null {
  for (const [metric, pattern] of KEYWORDS) if (pattern.test(text)) return metric;
  return null;
}

/** The measured figures a signal is made from (one municipality, the look-back window). */
export interface SignalFacts {
  minutesApproved: number;
  minutesApprovedWithinDeadline: number;
  actionsDue: number;
  actionsDoneOnTime: number;
  meetingsHeld: number;
  cadenceStatus: 'ok' | 'due' | 'overdue' | 'no_agreement';
  questionsOpen: number;
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

/** The signal for one metric; null when nothing has been measured yet (e.g. no minutes approved). */
export function expectationSignal(metric: ExpectationMetric, facts: SignalFacts): ExpectationSignal | null {
  switch (metric) {
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
      if (facts.actionsDue === 0) return null;
      const share = ratio(facts.actionsDoneOnTime, facts.actionsDue)!;
      return {
        metric,
        summary: `Åtgärder klara i tid: ${Math.round(share * 100)} % (${facts.actionsDoneOnTime} av ${facts.actionsDue})`,
        numerator: facts.actionsDoneOnTime,
        denominator: facts.actionsDue,
        ratio: share,
      };
    }
    case 'meeting_cadence':
      return {
        metric,
        summary: `Möten hållna senaste 12 månaderna: ${facts.meetingsHeld}; takt: ${CADENCE_WORDS[facts.cadenceStatus]}`,
        numerator: facts.meetingsHeld,
        denominator: null,
        ratio: null,
      };
    case 'questions_answered':
      return {
        metric,
        summary: `Öppna frågor: ${facts.questionsOpen}`,
        numerator: facts.questionsOpen,
        denominator: null,
        ratio: null,
      };
  }
}
