import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { CalendarReply } from '../calendar/calendar-reply.parser.js';
import { type ImipOutcome, SMTP_ANSWERS, type SmtpAnswer, isAccepted } from './imip-outcome.js';
import { readImipReply } from './imip-reply.reader.js';
import { REPLY_RECORDER, type ReplyRecorder } from './reply-recorder.js';

export interface ImipEnvelope {
  /** smtp-server's session id: ties the log line to the SMTP conversation. */
  sessionId: string;
  /** MAIL FROM; null for the null sender <>. Not trusted: forwarding rewrites it (see docs/adr/0006). */
  mailFrom: string | null;
}

export interface ImipResult {
  outcome: ImipOutcome;
  answer: SmtpAnswer;
}

const RECORDABLE = ['ACCEPTED', 'TENTATIVE', 'DECLINED'] as const;
type RecordableAnswer = (typeof RECORDABLE)[number];

/**
 * One inbound message to the organizer address → at most one recorded answer. The reply counts only when
 * the From address is the ATTENDEE who answers, and InvitationService.recordResponse then requires that
 * attendee to be a current participant of the meeting with that UID. Log lines carry the outcome, sizes
 * and a hash of the UID, never an address, a name or a comment.
 */
@Injectable()
export class ImipReplyHandler {
  private readonly logger = new Logger(ImipReplyHandler.name);

  constructor(@Inject(REPLY_RECORDER) private readonly recorder: ReplyRecorder) {}

  async handle(raw: Buffer, envelope: ImipEnvelope): Promise<ImipResult> {
    const reading = await readImipReply(raw);
    const base = { sessionId: envelope.sessionId, bytes: raw.length, nullSender: envelope.mailFrom === null };
    if (reading.kind === 'ignored') {
      return this.finish('ignored', { ...base, reason: reading.reason });
    }
    if (reading.kind === 'malformed') {
      return this.finish('malformed', { ...base, reason: reading.reason });
    }
    const { reply } = reading;
    const about = { ...base, uidHash: uidHash(reply.uid), sequence: reply.sequence };
    const delegatedTo = reply.partstat === 'DELEGATED' ? (reply.delegatedTo ?? []) : [];
    if (!isRecordable(reply.partstat) && delegatedTo.length === 0) {
      return this.finish('unsupported-answer', { ...about, partstat: reply.partstat });
    }
    // Exactly one From, and it is the attendee: someone else cannot answer for them.
    if (reading.fromAddresses.length !== 1 || reading.fromAddresses[0] !== reply.attendeeEmail) {
      return this.finish('sender-mismatch', { ...about, fromCount: reading.fromAddresses.length });
    }
    try {
      if (isRecordable(reply.partstat)) {
        const { status } = await this.recorder.recordResponse(toResponse(reply, reply.partstat));
        return this.finish(status === 'updated' ? 'recorded' : status, {
          ...about,
          partstat: reply.partstat,
        });
      }
      // One substitute per participant: a delegation to several is refused (recorded without one).
      const { status } = await this.recorder.delegate({
        uid: reply.uid,
        attendeeEmail: reply.attendeeEmail,
        substitute: { email: delegatedTo.length === 1 ? delegatedTo[0] : '' },
        ...(reply.comment !== undefined ? { comment: reply.comment } : {}),
        sequence: reply.sequence,
        source: 'email',
        recordRefused: true,
      });
      return this.finish(status === 'delegated' ? 'recorded' : status, {
        ...about,
        partstat: reply.partstat,
        substitutes: delegatedTo.length,
      });
    } catch (error) {
      this.logger.error({
        msg: 'recording an iMIP reply failed',
        sessionId: envelope.sessionId,
        uidHash: about.uidHash,
        error: error instanceof Error ? error.name : 'unknown',
      });
      return this.finish('temporary-failure', about);
    }
  }

  private finish(outcome: ImipOutcome, details: Record<string, unknown>): ImipResult {
    const answer = SMTP_ANSWERS[outcome];
    const line = { msg: 'iMIP message', outcome, smtpCode: answer.code, ...details };
    if (isAccepted(outcome)) this.logger.log(line);
    else this.logger.warn(line);
    return { outcome, answer };
  }
}

function isRecordable(partstat: string): partstat is RecordableAnswer {
  return (RECORDABLE as readonly string[]).includes(partstat);
}

function toResponse(
  reply: CalendarReply,
  partstat: RecordableAnswer,
): Parameters<ReplyRecorder['recordResponse']>[0] {
  return {
    uid: reply.uid,
    attendeeEmail: reply.attendeeEmail,
    partstat,
    ...(reply.comment !== undefined ? { comment: reply.comment } : {}),
    sequence: reply.sequence,
    source: 'email',
  };
}

/** Correlates log lines about one meeting without writing text a stranger chose into the log. */
export function uidHash(uid: string): string {
  return createHash('sha256').update(uid, 'utf8').digest('hex').slice(0, 16);
}
