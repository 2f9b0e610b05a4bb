import type { PackageRecord, TrailEvent } from './package-content.js';
import { el, type XmlElement, xmlDocument } from './xml.js';

/** Namespace of Samverkan's own record files (the agenda and the approval trail) in a package. */
export const RECORD_NAMESPACE = 'urn:samverkan:archive:1';

const TRAIL_NAMES_SV: Record<TrailEvent['kind'], string> = {
  submitted: 'Skickat för justering',
  approved: 'Justerat',
  returned: 'Återsänt',
  locked: 'Låst',
  reopened: 'Öppnat igen',
};

/** The meeting as both record files open with it. */
function meetingElement(record: PackageRecord): XmlElement {
  return el(
    'meeting',
    { id: record.meetingId },
    el('title', {}, record.title),
    el('start', {}, record.startLocal),
    el('end', {}, record.endLocal),
    record.caseNumber ? el('caseNumber', {}, record.caseNumber) : null,
    el('region', { id: record.region.id }, record.region.name),
    record.municipalities.map((municipality) =>
      el('municipality', { id: municipality.id }, municipality.name),
    ),
  );
}

/** dagordning.xml: the agenda's items in order, each with its visibility, secrecy marking and papers. */
export function agendaXml(record: PackageRecord): Buffer {
  return xmlDocument(
    el(
      'agenda',
      { xmlns: RECORD_NAMESPACE, revision: record.revision },
      meetingElement(record),
      record.items.map((item) =>
        el(
          'item',
          { id: item.id, number: item.number, type: item.type, visibility: item.visibility },
          el('title', {}, item.title),
          item.secrecyMarking ? el('secrecy', {}, item.secrecyMarking) : null,
          item.papers.map((paper) =>
            el('paper', {
              id: paper.id,
              name: paper.name,
              mediaType: paper.mediaType,
              size: paper.sizeBytes,
              sha256: paper.sha256,
              path: paper.path,
            }),
          ),
        ),
      ),
    ),
  );
}

/** justering.xml: every step from submission to lock (and earlier locks and reopenings), in order. */
export function approvalTrailXml(record: PackageRecord): Buffer {
  return xmlDocument(
    el(
      'approvalTrail',
      { xmlns: RECORD_NAMESPACE, revision: record.revision, lockedAt: record.lockedAt.toISOString() },
      meetingElement(record),
      record.trail.map((event) =>
        el(
          'event',
          {
            id: event.id,
            kind: event.kind,
            at: event.at.toISOString(),
            review: event.review,
            party: event.party,
          },
          el('label', { 'xml:lang': 'sv' }, TRAIL_NAMES_SV[event.kind]),
          event.actor ? el('actor', { id: event.actor.id }, event.actor.name ?? '') : null,
          event.comment ? el('comment', {}, event.comment) : null,
        ),
      ),
    ),
  );
}

export function trailLabelSv(kind: TrailEvent['kind']): string {
  return TRAIL_NAMES_SV[kind];
}
