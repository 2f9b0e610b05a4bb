/**
 * What the iMIP listener needs from the invitations feature: InvitationService.recordResponse. Declared
 * here so the reply handling can be tested without the invitations feature and its database.
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
}

export const REPLY_RECORDER = Symbol('ReplyRecorder');
