import { createHash } from 'node:crypto';
import type { StoredPaper } from '../../../agenda/papers/agenda-papers.js';
import { dublinCore } from './descriptive.js';
import { metsXml, REPRESENTATION } from './mets.js';
import type { PackageFile, PackageRecord } from './package-content.js';
import { premis } from './premis.js';
import { agendaXml, approvalTrailXml } from './record-xml.js';

export interface PackageSources {
  /** The record without its papers' paths (given here). */
  record: Omit<PackageRecord, 'items'> & { items: Array<Omit<PackageRecord['items'][number], 'papers'>> };
  minutesPdf: Buffer;
  publicMinutesPdf: Buffer;
  papers: readonly StoredPaper[];
}

const DATA = `${REPRESENTATION}/data`;

export function sha256Hex(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

function inMemory(
  path: string,
  mediaType: string,
  label: string,
  content: Buffer,
  created: Date,
): PackageFile {
  return { path, mediaType, label, content, size: content.length, sha256: sha256Hex(content), created };
}

/** Letters (Sami, Nordic) that have no accent to strip, as ASCII. */
const LETTERS: Record<string, string> = {
  ŋ: 'ng',
  Ŋ: 'NG',
  đ: 'd',
  Đ: 'D',
  ŧ: 't',
  Ŧ: 'T',
  ǥ: 'g',
  Ǥ: 'G',
  ʒ: 'z',
  Ʒ: 'Z',
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
};

/**
 * A portable name: letters without their accents, digits, `.`, `_` and `-` (å → a, ŋ → ng, spaces → -), at most
 * 120 characters; empty when nothing is left. For file and folder names in zips and download headers.
 */
export function portableName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ŋŊđĐŧŦǥǤʒƷæÆøØß]/g, (letter) => LETTERS[letter] ?? '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+(?=\.[A-Za-z0-9]+$)/, '')
    .replace(/^[-.]+|-+$/g, '')
    .slice(-120);
}

/**
 * A portable file name for a paper (portableName), prefixed with the item's number and the paper's place so
 * that two papers never collide.
 */
export function paperFileName(itemNumber: number, index: number, name: string): string {
  return `punkt-${String(itemNumber).padStart(2, '0')}-${index + 1}-${portableName(name) || 'handling'}`;
}

/**
 * Every file of the package, METS.xml first: the descriptive and preservation metadata, and the
 * representation's data — the minutes PDF/A (full, and the public version without the items for the parties
 * only), the agenda and the approval trail as XML, and the meeting papers as uploaded.
 */
export function packageFiles({ record: base, minutesPdf, publicMinutesPdf, papers }: PackageSources): {
  record: PackageRecord;
  files: PackageFile[];
} {
  const created = base.createdAt;
  const paperFiles: PackageFile[] = [];
  const items = base.items.map((item) => ({
    ...item,
    papers: papers
      .filter((paper) => paper.agendaItemId === item.id)
      .map((paper, index) => {
        const path = `${DATA}/handlingar/${paperFileName(item.number, index, paper.name)}`;
        paperFiles.push({
          path,
          mediaType: paper.mediaType,
          label: paper.name,
          size: paper.sizeBytes,
          sha256: paper.sha256,
          created,
          content: paper.open,
        });
        return {
          id: paper.id,
          name: paper.name,
          mediaType: paper.mediaType,
          sizeBytes: paper.sizeBytes,
          sha256: paper.sha256,
          path,
        };
      }),
  }));
  const record: PackageRecord = { ...base, items };
  const data: PackageFile[] = [
    {
      ...inMemory(`${DATA}/protokoll.pdf`, 'application/pdf', 'Protokoll', minutesPdf, created),
      formatVersion: 'PDF/A-2b',
    },
    {
      ...inMemory(
        `${DATA}/protokoll-offentlig-version.pdf`,
        'application/pdf',
        'Protokoll, offentlig version',
        publicMinutesPdf,
        created,
      ),
      formatVersion: 'PDF/A-2b',
    },
    inMemory(`${DATA}/dagordning.xml`, 'application/xml', 'Dagordning', agendaXml(record), created),
    inMemory(`${DATA}/justering.xml`, 'application/xml', 'Justering', approvalTrailXml(record), created),
    ...paperFiles,
  ];
  const descriptive = inMemory(
    'metadata/descriptive/dc.xml',
    'application/xml',
    'Dublin Core',
    dublinCore(record),
    created,
  );
  const preservation = inMemory(
    'metadata/preservation/premis.xml',
    'application/xml',
    'PREMIS',
    premis(record, data),
    created,
  );
  const mets = inMemory(
    'METS.xml',
    'application/xml',
    'METS',
    metsXml({ record, descriptive, preservation, data }),
    created,
  );
  return { record, files: [mets, descriptive, preservation, ...data] };
}
