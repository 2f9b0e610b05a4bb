import { Injectable } from '@nestjs/common';
import { ActionViews } from '../../action/view/action-views.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TenantScope } from '../../common/auth/tenant-scope.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import { QuestionException } from '../question.exception.js';
import { QuestionRepository } from '../question.repository.js';

/** Linked records a municipality may not see all of: it replaces only those it sees. */
export type LinkedRecordKind = 'meetings' | 'agendaItems' | 'actions';

/** A question's links to meetings, agenda items and actions: which the caller may add, and which they see. */
@Injectable()
export class QuestionLinkChecks {
  constructor(
    private readonly repository: QuestionRepository,
    private readonly meetings: MeetingReads,
    private readonly actions: ActionViews,
  ) {}

  async assertMeetings(user: AuthenticatedUser, ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const visible = await this.visibleMeetings(user, unique);
    const bad = unique.filter((id) => !visible.has(id));
    if (bad.length > 0) throw QuestionException.invalidLink('meetingIds', bad);
    return unique;
  }

  /** Items of agendas of meetings the caller sees; an unknown item answers as one of another municipality. */
  async assertAgendaItems(user: AuthenticatedUser, ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const meetingOf = await this.repository.agendaItemMeetings(unique);
    const visible = await this.visibleMeetings(user, [...new Set(meetingOf.values())]);
    const bad = unique.filter((id) => !visible.has(meetingOf.get(id) ?? ''));
    if (bad.length > 0) throw QuestionException.invalidLink('agendaItemIds', bad);
    return unique;
  }

  async assertActions(user: AuthenticatedUser, ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const visible = await this.actions.findVisibleIds(user, unique);
    const bad = unique.filter((id) => !visible.has(id));
    if (bad.length > 0) throw QuestionException.invalidLink('actionIds', bad);
    return unique;
  }

  /**
   * The links of a PATCH: those asked for, each one the caller may add, and those already there that the
   * caller cannot see (below).
   */
  async replaceVisible(
    user: AuthenticatedUser,
    kind: LinkedRecordKind,
    current: readonly string[],
    wanted: readonly string[],
  ): Promise<string[]> {
    const checked =
      kind === 'meetings'
        ? await this.assertMeetings(user, wanted)
        : kind === 'actions'
          ? await this.assertActions(user, wanted)
          : await this.assertAgendaItems(user, wanted);
    return this.keepInvisible(user, current, checked, kind);
  }

  /**
   * A municipality replaces the links it can see; links to another municipality's meetings or actions,
   * which it cannot see, stay.
   */
  private async keepInvisible(
    user: AuthenticatedUser,
    current: readonly string[],
    wanted: readonly string[],
    kind: LinkedRecordKind,
  ): Promise<string[]> {
    const visible = await this.visibleLinks(user, current, kind);
    return [...new Set([...current.filter((id) => !visible.has(id)), ...wanted])];
  }

  /** Of these linked records, those the caller sees (all of them for region staff and admins). */
  async visibleLinks(
    user: AuthenticatedUser,
    ids: readonly string[],
    kind: LinkedRecordKind,
  ): Promise<Set<string>> {
    const scope = TenantScope.of(user);
    if (scope.kind !== 'organization' || ids.length === 0) return new Set(ids);
    switch (kind) {
      case 'meetings':
        return this.meetings.findWithOrganization(ids, scope.organizationId!);
      case 'agendaItems': {
        const meetingOf = await this.repository.agendaItemMeetings(ids);
        const meetings = await this.meetings.findWithOrganization(
          [...new Set(meetingOf.values())],
          scope.organizationId!,
        );
        return new Set(ids.filter((id) => meetings.has(meetingOf.get(id) ?? '')));
      }
      case 'actions':
        return this.actions.findVisibleIds(user, ids);
    }
  }

  private async visibleMeetings(user: AuthenticatedUser, ids: readonly string[]): Promise<Set<string>> {
    const visible = new Set<string>();
    for (const id of ids) {
      try {
        await this.meetings.findVisibleById(user, id);
        visible.add(id);
      } catch (error) {
        if (!(error instanceof DomainError && error.kind === 'not_found')) throw error;
      }
    }
    return visible;
  }
}
