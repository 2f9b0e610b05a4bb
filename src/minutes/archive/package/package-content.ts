import type { Readable } from 'node:stream';

/** A file of the package: where it goes (below the package's root folder), what it is, and its bytes. */
export interface PackageFile {
  /** E.g. `representations/rep1/data/protokoll.pdf`: slash-separated, no leading slash. */
  path: string;
  mediaType: string;
  /** E.g. `PDF/A-2b` for the minutes. */
  formatVersion?: string;
  size: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  created: Date;
  /** What it is, for the structural map and the preservation metadata. */
  label: string;
  /** The bytes: in memory, or opened when the zip reaches the file (a meeting paper in the storage). */
  content: Buffer | (() => Promise<Readable>);
}

export type TrailEventKind = 'submitted' | 'approved' | 'returned' | 'locked' | 'reopened';

/** One step of the minutes' approval trail (justering), from submission to lock, and reopenings. */
export interface TrailEvent {
  /** Stable within the package: the row it comes from. */
  id: string;
  kind: TrailEventKind;
  at: Date;
  /** Who took the step; null when the person is unknown (deleted since, or a lock by the last approval). */
  actor: { id: string; name: string | null } | null;
  /** The adjuster's party, for approvals and returns. */
  party: 'region' | 'municipality' | null;
  /** The number of the submission (justering round) the step belongs to. */
  review: number | null;
  /** A return comment, an approval comment or a reopening's reason. */
  comment: string | null;
}

/** A paper of an agenda item as the package lists it. */
export interface PackagePaper {
  id: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  /** Its path in the package. */
  path: string;
}

/** An agenda item as the package describes it. */
export interface PackageAgendaItem {
  id: string;
  number: number;
  title: string;
  type: string;
  /** `restricted`: for the two parties only (left out of the public version of the minutes). */
  visibility: 'public' | 'restricted';
  /**
   * The secrecy marking of a restricted item, e.g. "Sekretess enligt 31 kap. 16 § OSL"; null when none is
   * recorded (issue 18 point 1 adds the legal ground).
   */
  secrecyMarking: string | null;
  papers: PackagePaper[];
}

/** What one package records: a meeting's minutes as locked at one revision (the lock's number). */
export interface PackageRecord {
  /** The package's id: its root folder's name and the METS OBJID. */
  objectId: string;
  meetingId: string;
  /** The lock's number: 1 for the first lock, +1 for each lock after a reopen. */
  revision: number;
  title: string;
  description: string | null;
  /** Local wall-clock times with their offset (Europe/Stockholm). */
  startLocal: string;
  endLocal: string;
  region: { id: string; name: string };
  municipalities: Array<{ id: string; name: string }>;
  /** The registry's case number (diarienummer) of the meeting or its round, when recorded. */
  caseNumber: string | null;
  lockedAt: Date;
  createdAt: Date;
  items: PackageAgendaItem[];
  trail: TrailEvent[];
  software: { name: string; version: string };
}
