import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type DomainError, RateLimitedError } from '../errors/domain-error.js';
import { HTTP_STATUS_BY_KIND } from '../errors/http-status.js';
import type { Locale } from '../i18n/locale.js';
import { PUBLIC_PAGE_HEADERS, renderTooManyAnswers, wantsJson } from './public-page.js';

/** A feature's public link page: how a link that does not answer is told, as an error and as a page. */
export interface LinkPageKind<C extends string> {
  /** The error JSON clients get (the exception filter answers it). */
  error(code: C): DomainError;
  /** The page the form gets instead, in the link's person's language. */
  renderError(code: C, locale: Locale): string;
}

/** Why a link does not answer, as a feature's lookup says it. */
export interface LinkRefusal<C extends string> {
  code: C;
  locale: Locale;
}

/**
 * One request to a public page reached by a link in an email (RSVP, minutes approval, round proposal): JSON
 * when the client sends JSON or asks for it over HTML, the page otherwise, always with the public pages'
 * headers. A link that does not answer is the error as JSON or the error page with the error's status
 * (unknown → 404, closed → 410); past LinkAnswerLimit the form gets the "too many answers" page (429 with
 * Retry-After) and JSON clients the error.
 */
export class LinkPageReply<C extends string> {
  readonly json: boolean;

  constructor(
    private readonly kind: LinkPageKind<C>,
    request: FastifyRequest,
    private readonly reply: FastifyReply,
  ) {
    this.json = wantsJson(request);
  }

  /** `json` for JSON clients; otherwise the page (rendered only then). */
  respond<J>(json: J, page: () => string): J | string {
    if (this.json) return json;
    void this.reply.headers(PUBLIC_PAGE_HEADERS);
    return page();
  }

  /** A link that does not answer. */
  refuse(refusal: LinkRefusal<C>): string {
    return this.fail(this.kind.error(refusal.code), () =>
      this.kind.renderError(refusal.code, refusal.locale),
    );
  }

  /** Thrown for JSON clients; otherwise the page with the error's status. */
  fail(error: DomainError, page: () => string): string {
    if (this.json) throw error;
    void this.reply.status(HTTP_STATUS_BY_KIND[error.kind]);
    return this.respond(undefined, page) as string;
  }

  /**
   * Runs an answer that LinkAnswerLimit counts. Past the limit, and on the errors `forThePage` picks, the
   * form's request gets the error back to show as a page; a JSON request's error is thrown as it is.
   */
  async counted<T, E extends DomainError = RateLimitedError>(
    work: Promise<T>,
    forThePage: (error: unknown) => error is E | RateLimitedError = isRateLimited,
  ): Promise<T | E | RateLimitedError> {
    try {
      return await work;
    } catch (error) {
      if (this.json || !forThePage(error)) throw error;
      return error;
    }
  }

  /** The "too many answers" page, in both languages (the link's person is not looked up). */
  tooMany(error: RateLimitedError): string {
    void this.reply.header('retry-after', String(error.retryAfterSeconds));
    return this.fail(error, renderTooManyAnswers);
  }
}

function isRateLimited(error: unknown): error is RateLimitedError {
  return error instanceof RateLimitedError;
}

/** The handler's LinkPageReply for this request, for the feature's kind of link page. */
export const LinkPage = createParamDecorator(
  (kind: LinkPageKind<string>, context: ExecutionContext): LinkPageReply<string> => {
    const http = context.switchToHttp();
    return new LinkPageReply(kind, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
  },
);
