import { DateTime } from 'luxon';
import { ITEM_TYPE_LABELS, formatInstant, formatMeetingWhen } from '../../agenda/agenda-format.js';
import type { PaperView } from '../../agenda/papers/paper.dto.js';
import { formatFileSize } from '../../agenda/papers/paper-format.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import type { MinutesAction, MinutesAdjusterEntity, MinutesEntity } from '../minutes.entity.js';
import type { MinutesDocument } from './minutes-pdf.js';

const PARTY_NAMES = { region: 'Regionen', municipality: 'Kommunen' } as const;

/** The items of the PDF (by position), without those restricted to the parties unless `full`. */
export function documentItems(minutes: MinutesEntity, full: boolean): MinutesEntity['items'] {
  return [...minutes.items]
    .sort((a, b) => a.position - b.position)
    .filter((item) => full || item.visibility === 'public');
}

/** The actions of the PDF: those of hidden items are left out with them. */
export function documentActions(minutes: MinutesEntity, full: boolean): MinutesAction[] {
  const shown = new Set(documentItems(minutes, full).map((item) => item.agendaItemId));
  const hidden = new Set(
    minutes.items.filter((item) => !shown.has(item.agendaItemId)).map((item) => item.agendaItemId),
  );
  return minutes.actions.filter((action) => !action.agendaItemId || !hidden.has(action.agendaItemId));
}

/**
 * The PDF's content, in Swedish words; without the items restricted to the parties (and their actions)
 * unless `full`. Pure: `names` holds the names of the action owners and adjusters by person id.
 */
export function buildMinutesDocument(input: {
  meeting: MeetingView;
  minutes: MinutesEntity;
  full: boolean;
  adjusters: readonly MinutesAdjusterEntity[];
  names: ReadonlyMap<string, string>;
  timeZone: string;
  /** The papers of the agenda items, by item id (the PDF lists those of the items it shows). */
  papers?: ReadonlyMap<string, readonly PaperView[]>;
}): MinutesDocument {
  const { meeting, minutes, adjusters, names, timeZone: zone } = input;
  const items = documentItems(minutes, input.full);
  const numbers = new Map(items.map((item, index) => [item.agendaItemId, index + 1]));
  const actions = documentActions(minutes, input.full);
  const byStatus = (status: string) =>
    minutes.attendance.filter((entry) => entry.status === status).map((entry) => entry.name);
  return {
    meetingTitle: meeting.title,
    when: formatMeetingWhen(new Date(meeting.startAt), new Date(meeting.endAt), zone, 'sv'),
    organizations: meeting.organizations.map((organization) => organization.name).join(', '),
    location: meeting.locationAddress ?? (meeting.videoUrl ? 'Digitalt möte' : ''),
    final: minutes.status === 'locked',
    items: items.map((item) => ({
      number: numbers.get(item.agendaItemId)!,
      title: item.title,
      typeLabel: ITEM_TYPE_LABELS.sv[item.type],
      notes: item.notes ?? '',
      decisions: item.decisions,
      papers: (input.papers?.get(item.agendaItemId) ?? []).map(paperLine),
    })),
    present: byStatus('present'),
    absent: byStatus('absent'),
    excused: byStatus('excused'),
    guests: minutes.guests.map((guest) =>
      guest.organization ? `${guest.name} (${guest.organization})` : guest.name,
    ),
    actions: actions.map((action) => ({
      title: action.title,
      owner: names.get(action.ownerPersonId) ?? '',
      dueDate: action.dueDate,
      item: action.agendaItemId ? String(numbers.get(action.agendaItemId) ?? '') : '',
    })),
    adjusters: adjusters.map((adjuster) => ({
      name: names.get(adjuster.personId) ?? '',
      party: PARTY_NAMES[adjuster.party],
      approvedAt:
        adjuster.decision === 'approved' && adjuster.decidedAt
          ? DateTime.fromJSDate(adjuster.decidedAt, { zone }).toISODate()!
          : '',
    })),
    lockedAt: minutes.lockedAt ? formatInstant(minutes.lockedAt, zone, 'sv') : '',
  };
}

/** "Budget 2031.pdf (1,2 MB, SHA-256 9f86d081…)": enough to find the file and to check it is the one. */
export function paperLine(paper: Pick<PaperView, 'name' | 'sizeBytes' | 'sha256'>): string {
  return `${paper.name} (${formatFileSize(paper.sizeBytes, 'sv')}, SHA-256 ${paper.sha256})`;
}

/** protokoll-YYYY-MM-DD.pdf, the meeting's date where it takes place. */
export function pdfFilename(meeting: MeetingView, zone: string): string {
  const date = DateTime.fromISO(meeting.startAt, { zone }).toISODate();
  return `protokoll-${date}.pdf`;
}
