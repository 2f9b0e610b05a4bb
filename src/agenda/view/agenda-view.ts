import { type LocalizedMessage, fillTemplate } from '../../common/i18n/error-messages.js';
import type { Locale } from '../../common/i18n/locale.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { meetingTimes } from '../../meeting/reads/meeting-times.js';
import { isOnAgenda } from '../agenda-items.js';
import type { AgendaItemView, AgendaView } from '../agenda.dto.js';
import type { AgendaEntity, AgendaItemEntity, CarriedOverSnapshot } from '../agenda.entity.js';
import type { PaperView } from '../papers/paper.dto.js';
import type { ProposalDeadline } from '../proposal-deadline.js';

const MINUTE_MS = 60_000;

/** The warning's words in the caller's language (its code and details stay as they are). */
const EXCEEDS_MEETING: LocalizedMessage = {
  sv: 'Punkterna tar {totalMinutes} minuter; mötet varar {meetingMinutes}',
  en: 'The items take {totalMinutes} minutes; the meeting lasts {meetingMinutes}',
};

/** The agenda as the API (and the agenda email) shows it, from what was read. Pure. */
export function toAgendaView(input: {
  meeting: MeetingView;
  agenda: AgendaEntity;
  items: readonly AgendaItemEntity[];
  carried: CarriedOverSnapshot | null;
  /** Names of the items' presenters and proposers. */
  presenterNames: ReadonlyMap<string, string>;
  /** The items' papers by item id. */
  papers: ReadonlyMap<string, readonly PaperView[]>;
  paperUpload: AgendaView['paperUpload'];
  deadline: ProposalDeadline;
  locale: Locale;
  now: number;
}): AgendaView {
  const { meeting, agenda, items, carried, presenterNames: names, deadline, papers } = input;
  const onAgenda = items.filter(isOnAgenda);
  const followUpItem = onAgenda.find((item) => item.type === 'follow-up');
  const views = onAgenda.map((item, index) =>
    toItemView(item, index + 1, names, item === followUpItem ? carried : null, papers.get(item.id) ?? []),
  );
  const { startAt, endAt } = meetingTimes(meeting);
  const meetingMinutes = Math.round((endAt.getTime() - startAt.getTime()) / MINUTE_MS);
  const totalMinutes = onAgenda.reduce((sum, item) => sum + item.durationMinutes, 0);
  const warnings: AgendaView['warnings'] = [];
  if (totalMinutes > meetingMinutes) {
    warnings.push({
      code: 'AGENDA_EXCEEDS_MEETING',
      message: fillTemplate(EXCEEDS_MEETING[input.locale], { totalMinutes, meetingMinutes }),
      details: { totalMinutes, meetingMinutes },
    });
  }
  return {
    meetingId: meeting.id,
    templateId: agenda.templateId,
    version: agenda.contentVersion,
    publishedAt: agenda.publishedAt?.toISOString() ?? null,
    sentVersion: agenda.sentVersion,
    sentAt: agenda.sentAt?.toISOString() ?? null,
    proposalDeadline: deadline.closesAt.toISOString(),
    proposalDeadlineDate: deadline.date,
    proposalsOpen: input.now < deadline.closesAt.getTime() && meeting.status !== 'cancelled',
    meetingMinutes,
    totalMinutes,
    warnings,
    items: views,
    proposals: items
      .filter((item) => !isOnAgenda(item))
      .map((item) => toItemView(item, null, names, null, papers.get(item.id) ?? [])),
    unplacedCarriedOver: followUpItem ? null : carried,
    deliveries: null,
    nextMeeting: null,
    paperUpload: input.paperUpload,
  };
}

function named(id: string | null, names: ReadonlyMap<string, string>): { id: string; name: string } | null {
  const name = id ? names.get(id) : undefined;
  return id && name !== undefined ? { id, name } : null;
}

export function toItemView(
  item: AgendaItemEntity,
  number: number | null,
  names: ReadonlyMap<string, string>,
  carriedOver: CarriedOverSnapshot | null,
  papers: readonly PaperView[] = [],
): AgendaItemView {
  return {
    id: item.id,
    meetingId: item.meetingId,
    number,
    position: item.position,
    title: item.title,
    description: item.description,
    type: item.type,
    presenter: {
      personId: item.presenterPersonId,
      name: item.presenterPersonId ? (names.get(item.presenterPersonId) ?? null) : null,
      party: item.presenterParty,
    },
    durationMinutes: item.durationMinutes,
    strategyAreaIds: [...item.strategyAreaIds],
    links: item.links.map((link) => ({ url: link.url, label: link.label })),
    visibility: item.visibility,
    secrecyGround: item.secrecyGround,
    secrecyNote: item.secrecyNote,
    closing: item.closing,
    status: item.status,
    source: item.source,
    proposedBy: item.proposedBy,
    proposer: named(item.proposedBy, names),
    decidedBy: item.decidedBy,
    decidedAt: item.decidedAt?.toISOString() ?? null,
    decisionReason: item.decisionReason,
    carriedFromItemId: item.carriedFromItemId,
    movedToMeetingId: item.movedToMeetingId,
    carriedOver,
    papers: [...papers],
    version: item.version,
  };
}
