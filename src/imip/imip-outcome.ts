/** Everything that can become of one inbound message. */
export type ImipOutcome =
  /** The answer changed the participant's PARTSTAT (or comment). */
  | 'recorded'
  /** The same answer was already recorded. */
  | 'unchanged'
  /** An answer to an older SEQUENCE, or to a meeting cancelled or held since: noted, not applied. */
  | 'stale'
  /** Nothing to record and nothing wrong: no calendar part, a delivery report, another METHOD. */
  | 'ignored'
  /** PARTSTAT NEEDS-ACTION, or DELEGATED without a DELEGATED-TO: valid iCalendar, nothing to record. */
  | 'unsupported-answer'
  /**
   * DELEGATED to someone who is not an active colleague of the attendee's organization (or to several, or
   * to a participant): the answer is recorded as DELEGATED without a substitute, nobody is invited.
   */
  | 'delegation-refused'
  /** A calendar part that is not a valid REPLY. */
  | 'malformed'
  /** The From address is not the ATTENDEE who answers. */
  | 'sender-mismatch'
  | 'unknown-meeting'
  /** The ATTENDEE is not a current participant of that meeting. */
  | 'not-invited'
  /** Our side failed (database down): the sender should try again. */
  | 'temporary-failure';

export interface SmtpAnswer {
  code: number;
  message: string;
}

/**
 * The SMTP answer to DATA for each outcome. Accepting (250) what is harmless keeps forwarding rules and
 * auto-replies quiet; refusing (5xx) a bad reply tells the sending server, whose bounce goes to the
 * message's own envelope sender, never to us, and a null sender (<>) gets none: no loop either way.
 * The three refusals about who may answer share one text, so the answer reveals nothing about which
 * meetings or participants exist.
 */
export const SMTP_ANSWERS: Record<ImipOutcome, SmtpAnswer> = {
  recorded: { code: 250, message: '2.0.0 Reply recorded' },
  'delegation-refused': { code: 250, message: '2.0.0 Reply recorded; the substitute was not accepted' },
  unchanged: { code: 250, message: '2.0.0 Reply already recorded' },
  stale: { code: 250, message: '2.0.0 Reply noted; the meeting has changed since' },
  ignored: { code: 250, message: '2.0.0 Accepted; no calendar reply to record' },
  'unsupported-answer': {
    code: 250,
    message: '2.0.0 Accepted; only accept, tentative, decline or delegate (with DELEGATED-TO) are recorded',
  },
  malformed: { code: 554, message: '5.6.0 No valid iCalendar REPLY in the message' },
  'sender-mismatch': { code: 550, message: '5.7.1 Reply not accepted' },
  'unknown-meeting': { code: 550, message: '5.7.1 Reply not accepted' },
  'not-invited': { code: 550, message: '5.7.1 Reply not accepted' },
  'temporary-failure': { code: 451, message: '4.3.0 Temporary failure, try again later' },
};

export function isAccepted(outcome: ImipOutcome): boolean {
  return SMTP_ANSWERS[outcome].code < 300;
}
