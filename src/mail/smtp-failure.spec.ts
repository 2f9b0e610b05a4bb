import { classifySendError } from './smtp-failure';

function smtpError(fields: { message?: string } & Record<string, unknown>): Error {
  return Object.assign(new Error(fields.message ?? 'failed'), fields);
}

describe('classifySendError', () => {
  it.each([
    [550, true],
    [552, true],
    [554, true],
    [503, false],
    [421, false],
    [450, false],
    [451, false],
    [452, false],
  ])('treats SMTP %i as permanent=%s', (responseCode, permanent) => {
    const failure = classifySendError(
      smtpError({ code: 'EENVELOPE', responseCode, message: `${responseCode} no` }),
    );
    expect(failure).toEqual({ permanent, responseCode, description: `EENVELOPE ${responseCode} no` });
  });

  it('retries connection errors, which carry no SMTP reply', () => {
    expect(classifySendError(smtpError({ code: 'ECONNECTION', message: 'Connection closed' }))).toEqual({
      permanent: false,
      responseCode: undefined,
      description: 'ECONNECTION Connection closed',
    });
    expect(classifySendError(smtpError({ code: 'ETIMEDOUT' })).permanent).toBe(false);
    expect(classifySendError('weird').permanent).toBe(false);
  });

  it("follows nodemailer's own verdict when it gives one", () => {
    expect(classifySendError(smtpError({ responseCode: 550, permanent: false })).permanent).toBe(false);
    expect(classifySendError(smtpError({ responseCode: 451, permanent: true })).permanent).toBe(true);
  });
});
