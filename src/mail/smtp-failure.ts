/** How a failed send is treated: a permanent rejection is not retried. */
export interface SendFailure {
  permanent: boolean;
  /** For emails.last_error, e.g. `EENVELOPE 550 Can't send mail - all recipients were rejected: …`. */
  description: string;
  responseCode?: number;
}

interface SmtpErrorFields {
  code?: unknown;
  responseCode?: unknown;
  permanent?: unknown;
  message?: unknown;
}

/**
 * SMTP 5xx (except 503, a bad command sequence that a new connection may not meet) rejects this message for
 * good; 4xx, connection and socket errors, timeouts and anything else may pass on a later attempt.
 */
export function classifySendError(error: unknown): SendFailure {
  const fields: SmtpErrorFields = typeof error === 'object' && error !== null ? error : {};
  const responseCode = typeof fields.responseCode === 'number' ? fields.responseCode : undefined;
  const permanent =
    typeof fields.permanent === 'boolean'
      ? fields.permanent
      : responseCode !== undefined && responseCode >= 500 && responseCode < 600 && responseCode !== 503;
  const message = typeof fields.message === 'string' ? fields.message : String(error);
  const code = typeof fields.code === 'string' ? fields.code : undefined;
  const description = [code, message].filter(Boolean).join(' ');
  return { permanent, description, responseCode };
}
