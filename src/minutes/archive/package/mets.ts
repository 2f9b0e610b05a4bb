import type { PackageFile, PackageRecord } from './package-content.js';
import { el, xmlDocument } from './xml.js';

const METS = 'http://www.loc.gov/METS/';
const XLINK = 'http://www.w3.org/1999/xlink';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
export const CSIP_NAMESPACE = 'https://DILCIS.eu/XML/METS/CSIPExtensionMETS';
export const SIP_NAMESPACE = 'https://DILCIS.eu/XML/METS/SIPExtensionMETS';
/** The package follows E-ARK SIP 2.1 on CSIP 2.1: together FGS Paketstruktur 2.0 (Riksarkivet). */
export const SIP_PROFILE = 'https://earksip.dilcis.eu/profile/E-ARK-SIP.xml';

const SCHEMA_LOCATIONS = [
  METS,
  'http://www.loc.gov/standards/mets/mets.xsd',
  XLINK,
  'http://www.loc.gov/standards/mets/xlink.xsd',
  CSIP_NAMESPACE,
  'https://earkcsip.dilcis.eu/schema/DILCISExtensionMETS.xsd',
  SIP_NAMESPACE,
  'https://earksip.dilcis.eu/schema/DILCISExtensionSIPMETS.xsd',
].join(' ');

/** The representation's folder: one representation, the record as locked. */
export const REPRESENTATION = 'representations/rep1';

export interface MetsInput {
  record: PackageRecord;
  descriptive: PackageFile;
  preservation: PackageFile;
  /** The files of the representation (below representations/rep1/data), the minutes first. */
  data: readonly PackageFile[];
}

const checksum = (file: PackageFile) => ({
  SIZE: file.size,
  CREATED: file.created.toISOString(),
  CHECKSUM: file.sha256,
  CHECKSUMTYPE: 'SHA-256',
});

const location = (file: PackageFile) => ({ LOCTYPE: 'URL', 'xlink:type': 'simple', 'xlink:href': file.path });

/**
 * The package's METS.xml (E-ARK CSIP / SIP, FGS Paketstruktur): the package's id, type and profile; a header
 * with the creating software, the region as archive creator and the case number as reference code; the
 * descriptive (Dublin Core) and preservation (PREMIS) metadata by reference; every file of the
 * representation with its size and SHA-256; and the CSIP structural map.
 */
export function metsXml({ record, descriptive, preservation, data }: MetsInput): Buffer {
  return xmlDocument(
    el(
      'mets:mets',
      {
        'xmlns:mets': METS,
        'xmlns:xlink': XLINK,
        'xmlns:xsi': XSI,
        'xmlns:csip': CSIP_NAMESPACE,
        'xmlns:sip': SIP_NAMESPACE,
        'xsi:schemaLocation': SCHEMA_LOCATIONS,
        OBJID: record.objectId,
        LABEL: `Protokoll: ${record.title}`,
        TYPE: 'Mixed',
        'csip:CONTENTINFORMATIONTYPE': 'MIXED',
        PROFILE: SIP_PROFILE,
      },
      el(
        'mets:metsHdr',
        {
          CREATEDATE: record.createdAt.toISOString(),
          RECORDSTATUS: record.revision > 1 ? 'REVISION' : 'NEW',
          'csip:OAISPACKAGETYPE': 'SIP',
        },
        el(
          'mets:agent',
          { ROLE: 'CREATOR', TYPE: 'OTHER', OTHERTYPE: 'SOFTWARE' },
          el('mets:name', {}, record.software.name),
          el('mets:note', { 'csip:NOTETYPE': 'SOFTWARE VERSION' }, record.software.version),
        ),
        el(
          'mets:agent',
          { ROLE: 'ARCHIVIST', TYPE: 'ORGANIZATION' },
          el('mets:name', {}, record.region.name),
          el('mets:note', { 'csip:NOTETYPE': 'IDENTIFICATIONCODE' }, record.region.id),
        ),
        record.caseNumber ? el('mets:altRecordID', { TYPE: 'REFERENCECODE' }, record.caseNumber) : null,
      ),
      el(
        'mets:dmdSec',
        { ID: 'dmd-dc', CREATED: descriptive.created.toISOString(), STATUS: 'CURRENT' },
        el('mets:mdRef', {
          ...location(descriptive),
          MDTYPE: 'DC',
          MIMETYPE: descriptive.mediaType,
          ...checksum(descriptive),
        }),
      ),
      el(
        'mets:amdSec',
        { ID: 'amd' },
        el(
          'mets:digiprovMD',
          { ID: 'digiprov-premis', CREATED: preservation.created.toISOString(), STATUS: 'CURRENT' },
          el('mets:mdRef', {
            ...location(preservation),
            MDTYPE: 'PREMIS',
            MIMETYPE: preservation.mediaType,
            ...checksum(preservation),
          }),
        ),
      ),
      el(
        'mets:fileSec',
        { ID: 'filesec' },
        el(
          'mets:fileGrp',
          { ID: 'filegrp-rep1', USE: 'Representations/rep1' },
          data.map((file, index) =>
            el(
              'mets:file',
              { ID: `file-${index + 1}`, MIMETYPE: file.mediaType, ...checksum(file) },
              el('mets:FLocat', { ...location(file), 'xlink:title': file.label }),
            ),
          ),
        ),
      ),
      el(
        'mets:structMap',
        { ID: 'structmap-csip', TYPE: 'PHYSICAL', LABEL: 'CSIP' },
        el(
          'mets:div',
          { ID: 'div-root', LABEL: record.objectId },
          el('mets:div', {
            ID: 'div-metadata',
            LABEL: 'Metadata',
            DMDID: 'dmd-dc',
            ADMID: 'digiprov-premis',
          }),
          el(
            'mets:div',
            { ID: 'div-rep1', LABEL: 'Representations/rep1' },
            el('mets:fptr', { FILEID: 'filegrp-rep1' }),
          ),
        ),
      ),
    ),
  );
}
