import { DateTime } from 'luxon';
import { ITEM_TYPE_LABELS, formatMeetingWhen } from '../agenda/agenda-format.js';
import { isOnAgenda } from '../agenda/agenda-items.js';
import { portableName } from '../minutes/archive/package/package-files.js';
import { secrecyMarkingText } from '../secrecy/secrecy-marking.js';
import type {
  PublicRecordsManifest,
  RecordDocument,
  RecordMeeting,
  WithheldPart,
} from './public-records.dto.js';
import type { MeetingStatus } from '../meeting/meeting.entity.js';
import type { RecordAgendaItem, RecordState } from './public-records.repository.js';
import { type PublicRecordDocument, renderPublicRecordPdf } from './record-pdfs.js';

/** A meeting of the period as the export needs it: where, when, with whom, and the state of its records. */
export interface RecordMeetingRow extends Omit<RecordState, 'meetingId'> {
  id: string;
  title: string;
  startAt: Date;
  endAt: Date;
  status: MeetingStatus;
  caseNumber: string | null;
  locationAddress: string | null;
  videoUrl: string | null;
  municipalities: Array<{ id: string; name: string }>;
}

/** A file of the export: its path below the root folder, and its bytes, made when the zip reaches it. */
export interface PlannedFile {
  path: string;
  load: () => Promise<Buffer>;
}

const MINUTES_STATUS_WORDS = {
  draft: 'ett utkast',
  in_review: 'under justering',
  returned: 'återsänt för ändring',
  locked: 'justerat',
} as const;

const PROPOSAL_STATUS_WORDS: Record<string, string> = {
  proposed: 'Inkommet, ännu inte behandlat',
  accepted: 'Tagits upp på dagordningen',
  declined: 'Avböjt',
  scheduled: 'Tagits upp på dagordningen',
};

const PUBLIC_VERSION = 'Offentlig version';

function withheld(item: number | null, ground: string | null | undefined): WithheldPart {
  return { item, ground: ground ?? null, marking: secrecyMarkingText(ground) };
}

/** The folder of a meeting: its date, its title in portable letters and the start of its id (unique). */
function meetingFolder(row: RecordMeetingRow, date: string): string {
  const title = portableName(row.title)
    .slice(0, 60)
    .replace(/[-.]+$/, '');
  return `${date}-${title || 'mote'}-${row.id.slice(0, 8)}`;
}

/**
 * What a public records request hands out (issue 18 point 8, docs/public-records.md), from what was read:
 * per meeting its public agenda once published, the public version of its minutes once locked (never a
 * draft) and the proposals municipalities sent for it, each restricted part replaced by its marking
 * ("Sekretess enligt 31 kap. 16 § OSL"); and the manifest that lists them. The files render only when
 * `load` is called. Pure apart from that.
 */
export function planPublicRecords(input: {
  period: { from: string; to: string };
  region: { id: string; name: string };
  municipalities: Array<{ id: string; name: string }>;
  meetings: readonly RecordMeetingRow[];
  items: readonly RecordAgendaItem[];
  zone: string;
  generatedAt: Date;
  /** The stored public version of locked minutes. */
  minutesPdf: (meetingId: string) => Promise<Buffer>;
}): { manifest: PublicRecordsManifest; files: PlannedFile[] } {
  const { zone } = input;
  const files: PlannedFile[] = [];
  const meetings = input.meetings.map((row): RecordMeeting => {
    const start = DateTime.fromJSDate(row.startAt, { zone });
    const date = start.toISODate()!;
    const folder = meetingFolder(row, date);
    const items = input.items.filter((item) => item.meetingId === row.id);
    const when = formatMeetingWhen(row.startAt, row.endAt, zone, 'sv');
    const parties = row.municipalities.map((organization) => organization.name).join(', ');
    const facts = [
      { label: 'Möte', value: row.title },
      { label: 'Tid', value: when },
      { label: 'Parter', value: [input.region.name, parties].filter(Boolean).join(', ') },
      ...(row.locationAddress || row.videoUrl
        ? [{ label: 'Plats', value: row.locationAddress ?? 'Digitalt möte' }]
        : []),
      ...(row.caseNumber ? [{ label: 'Diarienummer', value: row.caseNumber }] : []),
    ];
    const documents: RecordDocument[] = [];
    const notes: string[] = [];
    const add = (document: RecordDocument, load: () => Promise<Buffer>) => {
      documents.push(document);
      files.push({ path: document.file, load });
    };

    if (row.agendaPublished) {
      const onAgenda = items.filter(isOnAgenda);
      const agenda: PublicRecordDocument = {
        heading: `Dagordning: ${row.title}`,
        version: PUBLIC_VERSION,
        facts,
        subject: `${when} – ${parties}`,
        sections: [{ heading: 'Punkter', items: onAgenda.map((item, index) => agendaItem(item, index + 1)) }],
      };
      add(
        {
          kind: 'agenda',
          file: `${folder}/dagordning.pdf`,
          title: 'Dagordning',
          date,
          municipality: null,
          withheld: onAgenda.flatMap((item, index) =>
            item.visibility === 'public' ? [] : [withheld(index + 1, item.secrecyGround)],
          ),
        },
        () => renderPublicRecordPdf(agenda),
      );
    } else {
      notes.push('Dagordningen har inte publicerats och lämnas inte ut.');
    }

    if (row.minutesStatus === 'locked') {
      const ordered = [...row.minutesItems].sort((a, b) => a.position - b.position);
      add(
        {
          kind: 'minutes',
          file: `${folder}/protokoll-offentlig-version.pdf`,
          title: 'Protokoll, offentlig version',
          date,
          municipality: null,
          withheld: ordered.flatMap((item, index) =>
            item.visibility === 'public' ? [] : [withheld(index + 1, item.secrecyGround)],
          ),
        },
        () => input.minutesPdf(row.id),
      );
    } else if (row.minutesStatus) {
      notes.push(
        `Protokollet är inte justerat (det är ${MINUTES_STATUS_WORDS[row.minutesStatus]}) och lämnas inte ut; ` +
          'det blir en allmän handling när det justeras.',
      );
    } else {
      notes.push('Inget protokoll har upprättats.');
    }

    items
      .filter((item) => item.source === 'proposal')
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
      .forEach((item, index) => {
        const received = DateTime.fromJSDate(item.createdAt, { zone });
        const municipality = item.proposer
          ? { id: item.proposer.organizationId, name: item.proposer.organizationName }
          : null;
        const proposal: PublicRecordDocument = {
          heading: `Förslag till dagordningen: ${row.title}`,
          version: PUBLIC_VERSION,
          subject: `${when} – ${municipality?.name ?? ''}`,
          facts: [
            ...facts,
            {
              label: 'Från',
              value: item.proposer ? `${item.proposer.name}, ${item.proposer.organizationName}` : '–',
            },
            { label: 'Inkommet', value: received.toFormat('yyyy-MM-dd HH:mm') },
            { label: 'Status', value: PROPOSAL_STATUS_WORDS[item.status] ?? item.status },
            ...(item.decisionReason ? [{ label: 'Motivering', value: item.decisionReason }] : []),
          ],
          sections:
            item.visibility === 'public'
              ? [
                  { heading: 'Rubrik', text: item.title ?? '' },
                  { heading: 'Beskrivning', text: item.description ?? '' },
                ]
              : [{ heading: 'Rubrik', text: secrecyMarkingText(item.secrecyGround) }],
        };
        add(
          {
            kind: 'proposal',
            file: `${folder}/forslag-${String(index + 1).padStart(2, '0')}.pdf`,
            title: `Förslag till dagordningen ${index + 1}`,
            date: received.toISODate()!,
            municipality,
            withheld: item.visibility === 'public' ? [] : [withheld(null, item.secrecyGround)],
          },
          () => renderPublicRecordPdf(proposal),
        );
      });

    return {
      meetingId: row.id,
      title: row.title,
      date,
      start: start.toISO({ suppressMilliseconds: true })!,
      status: row.status,
      caseNumber: row.caseNumber,
      municipalities: row.municipalities,
      agendaPublished: row.agendaPublished,
      minutesStatus: row.minutesStatus ?? 'none',
      documents,
      notes,
    };
  });
  const documents = meetings.flatMap((meeting) => meeting.documents);
  return {
    manifest: {
      generatedAt: input.generatedAt.toISOString(),
      period: input.period,
      region: input.region,
      municipalities: input.municipalities,
      meetings,
      totals: {
        meetings: meetings.length,
        documents: documents.length,
        withheld: documents.reduce((sum, document) => sum + document.withheld.length, 0),
      },
    },
    files,
  };
}

/** An item of the public agenda: a restricted one as its number, marking and type only. */
function agendaItem(item: RecordAgendaItem, number: number) {
  const type = ITEM_TYPE_LABELS.sv[item.type];
  if (item.visibility !== 'public') {
    return { number, title: secrecyMarkingText(item.secrecyGround), details: type, description: '' };
  }
  return {
    number,
    title: item.title ?? '',
    details: `${type}, ${item.durationMinutes} min`,
    description: item.description ?? '',
  };
}
