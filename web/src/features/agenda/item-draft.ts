import { ApiError } from '../../api/errors';
import type { AgendaItem, AgendaItemChange, NewAgendaItem } from './hooks/useAgenda';

/**
 * An item as its form holds it. The presenter is one choice: '' (not decided), `person:<id>` or
 * `party:region` / `party:municipality` (the API's presenterPersonId or presenterParty).
 */
export interface ItemDraft {
  title: string;
  description: string;
  type: NewAgendaItem['type'];
  duration: string;
  presenter: string;
  strategyAreaIds: string[];
  visibility: NewAgendaItem['visibility'];
  /** A restricted item's legal ground (a reference from GET /api/secrecy-grounds); '' while none is chosen. */
  secrecyGround: string;
  secrecyNote: string;
}

export const ITEM_TYPES: NewAgendaItem['type'][] = ['discussion', 'information', 'decision', 'follow-up'];
export const VISIBILITIES: NewAgendaItem['visibility'][] = ['public', 'restricted'];

export function emptyDraft(): ItemDraft {
  return {
    title: '',
    description: '',
    type: 'discussion',
    duration: '10',
    presenter: '',
    strategyAreaIds: [],
    visibility: 'public',
    secrecyGround: '',
    secrecyNote: '',
  };
}

export function draftOf(item: AgendaItem): ItemDraft {
  return {
    title: item.title,
    description: item.description ?? '',
    type: item.type,
    duration: String(item.durationMinutes),
    presenter: item.presenter.personId
      ? `person:${item.presenter.personId}`
      : item.presenter.party
        ? `party:${item.presenter.party}`
        : '',
    strategyAreaIds: [...item.strategyAreaIds],
    visibility: item.visibility,
    secrecyGround: item.secrecyGround ?? '',
    secrecyNote: item.secrecyNote ?? '',
  };
}

export type DraftProblem = 'titleMissing' | 'durationInvalid' | 'secrecyGroundMissing';

/** What keeps the form from being sent, by field (the API checks the same and more). */
export function draftProblems(
  draft: ItemDraft,
): Partial<Record<'title' | 'duration' | 'secrecyGround', DraftProblem>> {
  const minutes = Number(draft.duration);
  return {
    ...(draft.title.trim() ? {} : { title: 'titleMissing' }),
    ...(draft.duration.trim() !== '' && Number.isInteger(minutes) && minutes >= 0 && minutes <= 600
      ? {}
      : { duration: 'durationInvalid' }),
    ...(draft.visibility === 'restricted' && !draft.secrecyGround
      ? { secrecyGround: 'secrecyGroundMissing' }
      : {}),
  };
}

/** The API's refusals that concern the secrecy marking (shown at the ground's field). */
export function isSecrecyRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.code.startsWith('SECRECY_GROUND_');
}

function presenterFields(presenter: string): Pick<AgendaItemChange, 'presenterPersonId' | 'presenterParty'> {
  if (presenter.startsWith('person:')) return { presenterPersonId: presenter.slice(7), presenterParty: null };
  if (presenter === 'party:region' || presenter === 'party:municipality') {
    return { presenterPersonId: null, presenterParty: presenter.slice(6) as 'region' | 'municipality' };
  }
  return { presenterPersonId: null, presenterParty: null };
}

/** POST …/agenda/items' body from a filled form. */
export function createBody(draft: ItemDraft): NewAgendaItem {
  const { presenterPersonId, presenterParty } = presenterFields(draft.presenter);
  return {
    title: draft.title.trim(),
    ...(draft.description.trim() && { description: draft.description.trim() }),
    type: draft.type,
    ...(presenterPersonId && { presenterPersonId }),
    ...(presenterParty && { presenterParty }),
    durationMinutes: Number(draft.duration),
    strategyAreaIds: draft.strategyAreaIds,
    links: [],
    visibility: draft.visibility,
    ...(draft.visibility === 'restricted' && {
      secrecyGround: draft.secrecyGround,
      ...(draft.secrecyNote.trim() && { secrecyNote: draft.secrecyNote.trim() }),
    }),
  };
}

/** PATCH /api/agenda-items/:id's body: only what changed, with the version the form was filled from. */
export function changeBody(item: AgendaItem, draft: ItemDraft): AgendaItemChange | null {
  const before = draftOf(item);
  const change: AgendaItemChange = {};
  if (draft.title.trim() !== before.title) change.title = draft.title.trim();
  if (draft.description.trim() !== before.description) change.description = draft.description.trim() || null;
  if (draft.type !== before.type) change.type = draft.type;
  if (Number(draft.duration) !== item.durationMinutes) change.durationMinutes = Number(draft.duration);
  if (draft.presenter !== before.presenter) Object.assign(change, presenterFields(draft.presenter));
  const areas = [...draft.strategyAreaIds].sort();
  if (areas.join() !== [...before.strategyAreaIds].sort().join())
    change.strategyAreaIds = draft.strategyAreaIds;
  if (draft.visibility !== before.visibility) change.visibility = draft.visibility;
  // A public item drops its marking by itself; a restricted one sends its ground and note when they changed.
  if (draft.visibility === 'restricted') {
    if (draft.secrecyGround !== before.secrecyGround || draft.visibility !== before.visibility)
      change.secrecyGround = draft.secrecyGround;
    if (draft.secrecyNote.trim() !== before.secrecyNote)
      change.secrecyNote = draft.secrecyNote.trim() || null;
  }
  return Object.keys(change).length === 0 ? null : { ...change, version: item.version };
}
