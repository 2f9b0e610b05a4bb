import type { PackageRecord } from './package-content.js';
import { el, xmlDocument } from './xml.js';

const OAI_DC = 'http://www.openarchives.org/OAI/2.0/oai_dc/';
const DC = 'http://purl.org/dc/elements/1.1/';

/**
 * metadata/descriptive/dc.xml: simple Dublin Core — title, date, the region as creator, the municipalities
 * as contributors, the case number as an identifier, and a rights statement when items are under secrecy.
 */
export function dublinCore(record: PackageRecord): Buffer {
  const restricted = record.items.filter((item) => item.visibility === 'restricted');
  const markings = [
    ...new Set(restricted.flatMap((item) => (item.secrecyMarking ? [item.secrecyMarking] : []))),
  ];
  const parties = [record.region.name, ...record.municipalities.map((municipality) => municipality.name)];
  return xmlDocument(
    el(
      'oai_dc:dc',
      { 'xmlns:oai_dc': OAI_DC, 'xmlns:dc': DC },
      el('dc:title', { 'xml:lang': 'sv' }, `Protokoll: ${record.title}`),
      el('dc:type', { 'xml:lang': 'sv' }, 'Protokoll'),
      el('dc:date', {}, record.startLocal.slice(0, 10)),
      el('dc:creator', {}, record.region.name),
      record.municipalities.map((municipality) => el('dc:contributor', {}, municipality.name)),
      el('dc:identifier', {}, `urn:uuid:${record.meetingId}`),
      record.caseNumber ? el('dc:identifier', {}, record.caseNumber) : null,
      el(
        'dc:description',
        { 'xml:lang': 'sv' },
        `Samverkansmöte ${record.startLocal.slice(0, 16).replace('T', ' ')}–${record.endLocal.slice(11, 16)} mellan ${parties.join(', ')}. ` +
          `Justerat och låst ${record.lockedAt.toISOString()} (version ${record.revision}).`,
      ),
      record.description ? el('dc:description', { 'xml:lang': 'sv' }, record.description) : null,
      el('dc:language', {}, 'sv'),
      el('dc:format', {}, 'application/pdf'),
      restricted.length > 0
        ? el(
            'dc:rights',
            { 'xml:lang': 'sv' },
            markings.length > 0
              ? `Innehåller uppgifter under sekretess: ${markings.join('; ')}`
              : `Innehåller ${restricted.length} punkt(er) endast för parterna`,
          )
        : el('dc:rights', { 'xml:lang': 'sv' }, 'Allmän handling'),
    ),
  );
}
