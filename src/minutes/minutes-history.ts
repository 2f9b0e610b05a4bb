import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { MeetingView } from '../meeting/meeting.dto.js';
import type { MinutesChange } from './minutes-change.js';
import { type MinutesContent, diffMinutes } from './editing/minutes-diff.js';
import { MinutesRepository, type NewRevision } from './minutes.repository.js';

/** An edit of the minutes: its revision number, author, the part it saved (null: all) and the content around it. */
export interface MinutesEdit {
  revision: number;
  actorId: string;
  part: string | null;
  before: MinutesContent;
  after: MinutesContent;
}

/** What the history of the minutes keeps of a step: a revision (GET …/revisions) and an audit entry. */
@Injectable()
export class MinutesHistory {
  constructor(
    private readonly repository: MinutesRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The revision and audit entry of an edit from `before` to `after` (revision number `revision`), with its changes. A save
   * of one part (`part`) by the person who saved the same part in the latest revision, less than
   * MINUTES_REVISION_COALESCE_SECONDS after that revision began, updates it instead: its changes then run
   * from the content before it to `after` (none left: it goes). A whole-minutes PUT (part null) always adds one.
   */
  async edit(manager: EntityManager, meeting: MeetingView, edit: MinutesEdit): Promise<void> {
    const changes = await this.editRevision(manager, meeting, edit);
    await this.audited(manager, meeting, edit.actorId, 'update', {
      revision: edit.revision,
      ...(edit.part ? { part: edit.part } : {}),
      changes,
    });
  }

  private async editRevision(
    manager: EntityManager,
    meeting: MeetingView,
    edit: MinutesEdit,
  ): Promise<MinutesChange[]> {
    const content = edit.after as unknown as Record<string, unknown>;
    const windowMs = this.config.minutes.revisionCoalesceSeconds * 1000;
    if (edit.part !== null && windowMs > 0) {
      const latest = await this.repository.findLatestRevision(manager, meeting.id);
      if (
        latest?.kind === 'edit' &&
        latest.actorId === edit.actorId &&
        latest.part === edit.part &&
        Date.now() - latest.createdAt.getTime() < windowMs
      ) {
        const base = await this.repository.findContentBefore(manager, meeting.id, latest.revision);
        const changes = diffMinutes(asContent(base), edit.after);
        if (changes.length === 0) await this.repository.deleteRevision(manager, latest.id);
        else
          await this.repository.updateRevision(manager, latest.id, {
            revision: edit.revision,
            changes,
            content,
          });
        return changes;
      }
    }
    const changes = diffMinutes(edit.before, edit.after);
    await this.revision(manager, meeting, {
      revision: edit.revision,
      kind: 'edit',
      actorId: edit.actorId,
      changes,
      content,
      part: edit.part,
    });
    return changes;
  }

  /** A revision of this meeting's minutes, in the caller's transaction. */
  revision(
    manager: EntityManager,
    meeting: MeetingView,
    revision: Omit<NewRevision, 'meetingId'>,
  ): Promise<void> {
    return this.repository.insertRevision(manager, { meetingId: meeting.id, ...revision });
  }

  /** The audit entry `minutes.<step>` of this meeting's minutes, in the caller's transaction. */
  audited(
    manager: EntityManager,
    meeting: MeetingView,
    actorId: string,
    step: 'update' | 'submit' | 'approve' | 'return' | 'lock' | 'reopen',
    after: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId,
      action: `minutes.${step}`,
      entityType: 'minutes',
      entityId: meeting.id,
      organizationId: meeting.regionId,
      after,
    });
  }
}

/** Content stored by an edit revision, or the empty minutes. */
function asContent(stored: Record<string, unknown> | null): MinutesContent {
  const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
  return {
    items: list(stored?.items),
    attendance: list(stored?.attendance),
    guests: list(stored?.guests),
    actions: list(stored?.actions),
  };
}
