import type { PackageFile, PackageRecord, TrailEvent } from './package-content.js';
import { el, type XmlElement, xmlDocument } from './xml.js';

const PREMIS = 'http://www.loc.gov/premis/v3';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** PREMIS event types of the approval trail (no controlled term exists for these steps of justering). */
const EVENT_TYPES: Record<TrailEvent['kind'], string> = {
  submitted: 'submission for approval',
  approved: 'approval',
  returned: 'return',
  locked: 'lock',
  reopened: 'reopening',
};

const identifier = (prefix: string, type: string, value: string): XmlElement =>
  el(
    `premis:${prefix}Identifier`,
    {},
    el(`premis:${prefix}IdentifierType`, {}, type),
    el(`premis:${prefix}IdentifierValue`, {}, value),
  );

/**
 * metadata/preservation/premis.xml: each file of the representation (fixity, size, format), the approval
 * trail as events (submitted, approved by each adjuster, returned, locked, reopened) and the package's
 * creation, and the agents: the people who took the steps, the region, the software.
 */
export function premis(record: PackageRecord, dataFiles: readonly PackageFile[]): Buffer {
  const minutesPath = dataFiles[0]?.path;
  const people = new Map<string, string | null>();
  for (const event of record.trail) if (event.actor) people.set(event.actor.id, event.actor.name);
  const softwareId = `${record.software.name} ${record.software.version}`;
  const events: XmlElement[] = [
    ...record.trail.map((event) =>
      el(
        'premis:event',
        {},
        identifier('event', 'local', event.id),
        el('premis:eventType', {}, EVENT_TYPES[event.kind]),
        el('premis:eventDateTime', {}, event.at.toISOString()),
        el(
          'premis:eventDetailInformation',
          {},
          el(
            'premis:eventDetail',
            {},
            [
              event.review !== null ? `justering ${event.review}` : null,
              event.party ? `part: ${event.party === 'region' ? 'regionen' : 'kommunen'}` : null,
            ]
              .filter(Boolean)
              .join(', ') || EVENT_TYPES[event.kind],
          ),
        ),
        el(
          'premis:eventOutcomeInformation',
          {},
          el('premis:eventOutcome', {}, event.kind === 'returned' ? 'returned' : 'success'),
          event.comment
            ? el('premis:eventOutcomeDetail', {}, el('premis:eventOutcomeDetailNote', {}, event.comment))
            : null,
        ),
        event.actor
          ? el(
              'premis:linkingAgentIdentifier',
              {},
              el('premis:linkingAgentIdentifierType', {}, 'local'),
              el('premis:linkingAgentIdentifierValue', {}, event.actor.id),
              el('premis:linkingAgentRole', {}, event.party ? 'adjuster' : 'executing program user'),
            )
          : null,
        minutesPath
          ? el(
              'premis:linkingObjectIdentifier',
              {},
              el('premis:linkingObjectIdentifierType', {}, 'local'),
              el('premis:linkingObjectIdentifierValue', {}, minutesPath),
            )
          : null,
      ),
    ),
    el(
      'premis:event',
      {},
      identifier('event', 'local', `${record.objectId}-created`),
      el('premis:eventType', {}, 'message digest calculation'),
      el('premis:eventDateTime', {}, record.createdAt.toISOString()),
      el(
        'premis:eventDetailInformation',
        {},
        el('premis:eventDetail', {}, 'SHA-256 of every file when the package was created'),
      ),
      el('premis:eventOutcomeInformation', {}, el('premis:eventOutcome', {}, 'success')),
      el(
        'premis:linkingAgentIdentifier',
        {},
        el('premis:linkingAgentIdentifierType', {}, 'local'),
        el('premis:linkingAgentIdentifierValue', {}, softwareId),
        el('premis:linkingAgentRole', {}, 'executing program'),
      ),
      dataFiles.map((file) =>
        el(
          'premis:linkingObjectIdentifier',
          {},
          el('premis:linkingObjectIdentifierType', {}, 'local'),
          el('premis:linkingObjectIdentifierValue', {}, file.path),
        ),
      ),
    ),
  ];
  const agents: XmlElement[] = [
    ...[...people].map(([id, name]) =>
      el(
        'premis:agent',
        {},
        identifier('agent', 'local', id),
        name ? el('premis:agentName', {}, name) : null,
        el('premis:agentType', {}, 'person'),
      ),
    ),
    el(
      'premis:agent',
      {},
      identifier('agent', 'local', record.region.id),
      el('premis:agentName', {}, record.region.name),
      el('premis:agentType', {}, 'organization'),
    ),
    el(
      'premis:agent',
      {},
      identifier('agent', 'local', softwareId),
      el('premis:agentName', {}, softwareId),
      el('premis:agentType', {}, 'software'),
    ),
  ];
  return xmlDocument(
    el(
      'premis:premis',
      { 'xmlns:premis': PREMIS, 'xmlns:xsi': XSI, version: '3.0' },
      dataFiles.map((file) =>
        el(
          'premis:object',
          { 'xsi:type': 'premis:file' },
          identifier('object', 'local', file.path),
          el(
            'premis:objectCharacteristics',
            {},
            el('premis:compositionLevel', {}, '0'),
            el(
              'premis:fixity',
              {},
              el('premis:messageDigestAlgorithm', {}, 'SHA-256'),
              el('premis:messageDigest', {}, file.sha256),
              el('premis:messageDigestOriginator', {}, record.software.name),
            ),
            el('premis:size', {}, String(file.size)),
            el(
              'premis:format',
              {},
              el(
                'premis:formatDesignation',
                {},
                el('premis:formatName', {}, file.mediaType),
                file.formatVersion ? el('premis:formatVersion', {}, file.formatVersion) : null,
              ),
            ),
          ),
          el('premis:originalName', {}, file.label),
        ),
      ),
      events,
      agents,
    ),
  );
}
