/**
 * What the iMIP listener needs from the invitations feature: InvitationService.recordResponse, and
 * SubstituteService.delegate for a DELEGATED reply. Declared here so the reply handling can be tested without
 * the invitations feature and its database.
 */
export interface ReplyRecorder {
  recordResponse(input: {
    uid: string;
    attendeeEmail: string;
    partstat: 'ACCEPTED' | 'TENTATIVE' | 'DECLINED';
    comment?: string;
    source: 'email';
    sequence?: number;
  }): Promise<{ status: 'updated' | 'unchanged' | 'unknown-meeting' | 'not-invited' | 'stale' }>;

  /** A delegation (PARTSTAT=DELEGATED, DELEGATED-TO): the substitute by address; refused ones recorded. */
  delegate(input: {
    uid: string;
    attendeeEmail: string;
    substitute: { email: string };
    comment?: string;
    source: 'email';
    sequence?: number;
    recordRefused: true;
  }): Promise<{
    status: 'delegated' | 'unchanged' | 'unknown-meeting' | 'not-invited' | 'stale' | 'delegation-refused';
  }>;
}

export const REPLY_RECORDER = Symbol('ReplyRecorder');
