/**
 * Which files an agenda item takes, decided from the content (file-type's magic bytes), never from the
 * name or the client's Content-Type: the name's extension must agree with the content. Pure.
 */

/** Detected by content, by file-type's `ext`; the media type stored and answered on download. */
const BY_CONTENT: Readonly<Record<string, { mediaType: string; names: readonly string[] }>> = {
  pdf: { mediaType: 'application/pdf', names: ['pdf'] },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    names: ['docx'],
  },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', names: ['xlsx'] },
  pptx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    names: ['pptx'],
  },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', names: ['odt'] },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', names: ['ods'] },
  odp: { mediaType: 'application/vnd.oasis.opendocument.presentation', names: ['odp'] },
  png: { mediaType: 'image/png', names: ['png'] },
  jpg: { mediaType: 'image/jpeg', names: ['jpg', 'jpeg', 'jpe'] },
  gif: { mediaType: 'image/gif', names: ['gif'] },
  webp: { mediaType: 'image/webp', names: ['webp'] },
};

/**
 * Word, Excel and PowerPoint before 2007 are all OLE compound files (file-type: `cfb`); the content tells
 * that it is one, the name which of the three.
 */
const COMPOUND_FILE_BY_NAME: Readonly<Record<string, string>> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

/** The extensions accepted, for the file input's `accept` and the error's details. */
export const PAPER_EXTENSIONS: readonly string[] = [
  ...Object.values(BY_CONTENT).flatMap((entry) => entry.names),
  ...Object.keys(COMPOUND_FILE_BY_NAME),
];

export type PaperTypeVerdict =
  | { ok: true; mediaType: string }
  /** The content is of no accepted type (or of none file-type knows: plain text, an executable…). */
  | { ok: false; reason: 'not-allowed'; detected: string | null }
  /** The content is an accepted type, but the name says another. */
  | { ok: false; reason: 'mismatch'; detected: string; named: string };

/** The name's extension, lower-case; null when it has none. */
export function extensionOf(name: string): string | null {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  return match ? match[1].toLowerCase() : null;
}

export function classifyPaper(detected: { ext: string } | undefined, name: string): PaperTypeVerdict {
  const named = extensionOf(name);
  if (detected?.ext === 'cfb') {
    const mediaType = named ? COMPOUND_FILE_BY_NAME[named] : undefined;
    return mediaType ? { ok: true, mediaType } : { ok: false, reason: 'not-allowed', detected: 'cfb' };
  }
  const known = detected ? BY_CONTENT[detected.ext] : undefined;
  if (!detected || !known) return { ok: false, reason: 'not-allowed', detected: detected?.ext ?? null };
  if (named && !known.names.includes(named)) {
    return { ok: false, reason: 'mismatch', detected: detected.ext, named };
  }
  return { ok: true, mediaType: known.mediaType };
}

// Control characters and the invisible ones that turn text around ("rapport‮fdp.exe").
// eslint-disable-next-line no-control-regex
const UNSHOWABLE = /[\u0000-\u001f\u007f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/** The uploaded name as shown and given back: no folders, no control or direction characters, ≤ 200. */
export function cleanPaperName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(UNSHOWABLE, '').trim();
  if (!cleaned || cleaned === '.' || cleaned === '..') return 'handling';
  if (cleaned.length <= 200) return cleaned;
  const ext = extensionOf(cleaned);
  return ext ? `${cleaned.slice(0, 199 - ext.length)}.${ext}` : cleaned.slice(0, 200);
}
