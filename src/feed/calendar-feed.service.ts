import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { hasRole } from '../common/auth/authenticated-user.js';
import { TenantScope } from '../common/auth/tenant-scope.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import { CalendarService, type MeetingCalendarEvent } from '../calendar/calendar.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { MeetingReads } from '../meeting/reads/meeting-reads.js';
import type { MeetingEntity } from '../meeting/meeting.entity.js';
import { OrganizationService } from '../organization/organization.service.js';
import { PersonService } from '../person/person.service.js';
import { mayFollowOrganization, mayFollowPerson } from './calendar-feed-policy.js';
import type { CalendarFeedTokenEntity } from './calendar-feed-token.entity.js';
import { generateFeedToken, hashFeedToken, isWellFormedFeedToken } from './calendar-feed-token.js';
import type {
  CalendarFeedView,
  CreateCalendarFeedInput,
  CreatedCalendarFeedView,
} from './calendar-feed.dto.js';
import { CalendarFeedErrorCode, CalendarFeedException } from './calendar-feed.exception.js';
import { CalendarFeedRepository } from './calendar-feed.repository.js';

/** Active tokens one person may hold: enough for every device and calendar, few enough to notice abuse. */
export const MAX_ACTIVE_FEEDS_PER_PERSON = 20;
const DAY_MS = 24 * 3600 * 1000;
/** What a feed shows: the last 90 days and the next 18 months. */
export const FEED_PAST_DAYS = 90;
export const FEED_FUTURE_DAYS = 548;
/** A feed never grows past this many events; the window makes it unlikely to matter. */
export const MAX_FEED_EVENTS = 2000;

interface FeedWindow {
  from: Date;
  to: Date;
}

/** A rendered feed, or "not modified" when the client's ETag matches. */
export type FeedDocument = { status: 200; etag: string; body: string } | { status: 304; etag: string };

/**
 * Subscription feeds (`GET /calendar/:token.ics`) and their tokens. A token acts with its creator's current
 * rights: when the creator is deleted, loses login, or may no longer see the organization, the feed answers
 * 410 like a revoked one.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly repository: CalendarFeedRepository,
    private readonly meetings: MeetingReads,
    private readonly people: PersonService,
    private readonly organizations: OrganizationService,
    private readonly calendar: CalendarService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(user: AuthenticatedUser, input: CreateCalendarFeedInput): Promise<CreatedCalendarFeedView> {
    const subjectId = input.subjectId ?? user.personId;
    let organizationId = user.organizationId;
    if (input.kind === 'person') {
      if (!mayFollowPerson(user, subjectId)) throw new ForbiddenError('A person feed is only of yourself');
    } else {
      // Outside the caller's scope answers 404, as for a missing id (docs/adr/0003).
      const organization = await this.organizations.findVisibleById(user, subjectId);
      if (!mayFollowOrganization(user, organization)) {
        throw new ForbiddenError("Only coordinators, or the municipality's own people, follow its meetings");
      }
      organizationId = organization.id;
    }
    const token = generateFeedToken();
    const saved = await this.transactions.run(async (manager) => {
      const active = await this.repository.countActiveByCreator(manager, user.personId);
      if (active >= MAX_ACTIVE_FEEDS_PER_PERSON) {
        throw new CalendarFeedException(
          CalendarFeedErrorCode.TokenLimit,
          `At most ${MAX_ACTIVE_FEEDS_PER_PERSON} calendar feeds at a time: revoke one first`,
        );
      }
      const created = await this.repository.insert(manager, {
        kind: input.kind,
        subjectId,
        tokenHash: hashFeedToken(token),
        createdBy: user.personId,
      });
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'calendar-feed.create',
        entityType: 'calendar_feed_token',
        entityId: created.id,
        organizationId,
        after: { kind: created.kind, subjectId: created.subjectId },
      });
      return created;
    });
    const url = `${this.config.http.publicUrl}/calendar/${token}.ics`;
    return { ...toCalendarFeedView(saved), url, webcalUrl: url.replace(/^https?:/, 'webcal:') };
  }

  /** The caller's active feeds; never their tokens, which exist only in the URL given at creation. */
  async listOwn(user: AuthenticatedUser): Promise<CalendarFeedView[]> {
    return (await this.repository.findActiveByCreator(user.personId)).map(toCalendarFeedView);
  }

  /** Revokes the caller's own feed (admins: any). Revoking twice is fine; someone else's answers 404. */
  async revoke(user: AuthenticatedUser, id: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      const token = await this.repository.findById(manager, id);
      if (!token || (token.createdBy !== user.personId && !hasRole(user, 'admin'))) {
        throw CalendarFeedException.notFound();
      }
      if (token.revokedAt) return;
      await this.repository.revoke(manager, id, new Date());
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'calendar-feed.revoke',
        entityType: 'calendar_feed_token',
        entityId: id,
        organizationId: token.kind === 'organization' ? token.subjectId : null,
        before: { kind: token.kind, subjectId: token.subjectId },
      });
    });
  }

  /**
   * The feed behind a token: 404 for an unknown or malformed token, 410 for a revoked one or one whose
   * creator may no longer see its subject. `ifNoneMatch` is the request's If-None-Match header.
   */
  async render(token: string, ifNoneMatch?: string, now = new Date()): Promise<FeedDocument> {
    if (!isWellFormedFeedToken(token)) throw CalendarFeedException.notFound();
    const row = await this.repository.findByHash(hashFeedToken(token));
    if (!row) throw CalendarFeedException.notFound();
    if (row.revokedAt) throw CalendarFeedException.revoked();

    const window: FeedWindow = {
      from: new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS),
      to: new Date(now.getTime() + FEED_FUTURE_DAYS * DAY_MS),
    };
    const { name, locale, meetings } = await this.contents(row, window);
    const body = this.calendar.feed(
      meetings.map((meeting) => toFeedEvent(meeting, locale)),
      { name: `Samverkan – ${name}` },
    );
    await this.repository.touch(row.id);
    const etag = `"${createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 32)}"`;
    if (ifNoneMatch && matchesEtag(ifNoneMatch, etag)) return { status: 304, etag };
    return { status: 200, etag, body };
  }

  private async contents(
    row: CalendarFeedTokenEntity,
    window: FeedWindow,
  ): Promise<{ name: string; locale?: 'sv' | 'en'; meetings: MeetingEntity[] }> {
    const creator = await this.people.findAuthenticatedUser({ id: row.createdBy });
    if (!creator) throw CalendarFeedException.revoked();
    if (row.kind === 'person') {
      const [person] = await this.people.findByIds([row.subjectId]);
      if (!person || !mayFollowPerson(creator, person.id)) throw CalendarFeedException.revoked();
      const meetings = await this.meetings.findOverlapping({ personId: person.id }, window, MAX_FEED_EVENTS);
      return { name: person.name, locale: person.locale, meetings };
    }
    const organization = await this.organizations.findById(row.subjectId);
    if (
      !organization ||
      !TenantScope.of(creator).includes(organization) ||
      !mayFollowOrganization(creator, organization)
    ) {
      throw CalendarFeedException.revoked();
    }
    const meetings = await this.meetings.findOverlapping(
      { organizationId: organization.id },
      window,
      MAX_FEED_EVENTS,
    );
    return { name: organization.name, meetings };
  }
}

function toFeedEvent(meeting: MeetingEntity, locale: 'sv' | 'en' | undefined): MeetingCalendarEvent {
  return {
    uid: meeting.uid,
    sequence: meeting.sequence,
    // The last change, not the clock: the same meetings give the same bytes, so the ETag holds.
    stamp: meeting.updatedAt,
    start: meeting.startAt,
    end: meeting.endAt,
    summary: meeting.title,
    ...(meeting.description ? { description: meeting.description } : {}),
    ...(meeting.locationAddress ? { location: meeting.locationAddress } : {}),
    ...(meeting.videoUrl ? { videoUrl: meeting.videoUrl } : {}),
    cancelled: meeting.status === 'cancelled',
    ...(locale ? { locale } : {}),
  };
}

/** If-None-Match: `*` or a list of (possibly weak) entity tags; weak comparison (RFC 9110 §13.1.2). */
export function matchesEtag(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((candidate) => strip(candidate) === strip(etag));
}

export function toCalendarFeedView(token: CalendarFeedTokenEntity): CalendarFeedView {
  return {
    id: token.id,
    kind: token.kind,
    subjectId: token.subjectId,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt ? token.lastUsedAt.toISOString() : null,
  };
}
