import { DateTime } from 'luxon';
import { ITEM_TYPE_LABELS, formatInstant, formatMeetingWhen } from '../../agenda/agenda-format.js';
import type { PaperView } from '../../agenda/papers/paper.dto.js';
import { formatFileSize } from '../../agenda/papers/paper-format.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { meetingTimes } from '../../meeting/reads/meeting-times.js';
import { secrecyMarkingText } from '../../secrecy/secrecy-marking.js';
import type { MinutesAction, MinutesAdjusterEntity, MinutesEntity, MinutesItem } from '../minutes.entity.js';
import type { MinutesDocument } from './minutes-pdf.js';

const PARTY_NAMES = { region: 'Regionen', municipality: 'Kommunen' } as const;

/** True when the version's reader sees only the item's secrecy marking: a restricted item, not `full`. */
export function isMarkedOnly(item: Pick<MinutesItem, 'visibility'>, full: boolean): boolean {
  return !full && item.visibility !== 'public';
}

/**
 * The items whose content the PDF shows (by position): every item in the parties' version (`full`); in the
 * public version the restricted ones appear only as their marking (buildMinutesDocument), so they are not here.
 */
export function documentItems(minutes: MinutesEntity, full: boolean): MinutesEntity['items'] {
  return [...minutes.items]
    .sort((a, b) => a.position - b.position)
    .filter((item) => !isMarkedOnly(item, full));
}

/** The actions of the PDF: those of items shown only as their marking are left out. */
export function documentActions(minutes: MinutesEntity, full: boolean): MinutesAction[] {
  const hidden = new Set(
    minutes.items.filter((item) => isMarkedOnly(item, full)).map((item) => item.agendaItemId),
  );
  return minutes.actions.filter((action) => !action.agendaItemId || !hidden.has(action.agendaItemId));
}

/** The public version's markings in place of restricted items: "2. Sekretess enligt 31 kap. 16 § OSL". */
export function publicMarkings(minutes: MinutesEntity): string[] {
  return [...minutes.items]
    .sort((a, b) => a.position - b.position)
    .flatMap((item, index) =>
      isMarkedOnly(item, false) ? [`${index + 1}. ${secrecyMarkingText(item.secrecyGround)}`] : [],
    );
}

/** "Sekretess enligt 31 kap. 16 § OSL" and, for the parties, the note with it. */
function secrecyLine(item: MinutesItem, full: boolean): string | null {
  if (item.visibility === 'public') return null;
  const marking = secrecyMarkingText(item.secrecyGround);
  return full && item.secrecyNote ? `${marking} – ${item.secrecyNote}` : marking;
}

/**
 * The PDF's content, in Swedish words. The public version (not `full`) prints a restricted item as its
 * number and secrecy marking only ("Sekretess enligt 31 kap. 16 § OSL"), without its title, notes, decisions,
 * papers and actions; the parties' version prints it in full under the marking. Pure: `names` holds the names of the action owners and adjusters by person id.
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
  const times = meetingTimes(meeting);
  const items = [...minutes.items].sort((a, b) => a.position - b.position);
  const numbers = new Map(items.map((item, index) => [item.agendaItemId, index + 1]));
  const actions = documentActions(minutes, input.full);
  const byStatus = (status: string) =>
    minutes.attendance.filter((entry) => entry.status === status).map((entry) => entry.name);
  return {
    meetingTitle: meeting.title,
    when: formatMeetingWhen(times.startAt, times.endAt, zone, 'sv'),
    organizations: meeting.organizations.map((organization) => organization.name).join(', '),
    location: meeting.locationAddress ?? (meeting.videoUrl ? 'Digitalt möte' : ''),
    caseNumber: meeting.caseNumber ?? '',
    final: minutes.status === 'locked',
    items: items.map((item) =>
      isMarkedOnly(item, input.full)
        ? {
            number: numbers.get(item.agendaItemId)!,
            title: secrecyMarkingText(item.secrecyGround),
            typeLabel: ITEM_TYPE_LABELS.sv[item.type],
            secrecy: null,
            notes: '',
            decisions: [],
            papers: [],
          }
        : {
            number: numbers.get(item.agendaItemId)!,
            title: item.title,
            typeLabel: ITEM_TYPE_LABELS.sv[item.type],
            secrecy: secrecyLine(item, input.full),
            notes: item.notes ?? '',
            decisions: item.decisions,
            papers: (input.papers?.get(item.agendaItemId) ?? []).map(paperLine),
          },
    ),
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
  const date = DateTime.fromJSDate(meetingTimes(meeting).startAt, { zone }).toISODate();
  return `protokoll-${date}.pdf`;
}
