import { randomUUID } from 'node:crypto';
import { auditedFields } from '../../audit/audit-summary.js';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { fileTypeFromFile } from 'file-type';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { ForbiddenError } from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { PersonService } from '../../person/person.service.js';
import { OBJECT_STORAGE, ObjectNotFoundError, type ObjectStorage } from '../../storage/object-storage.js';
import { isMeetingKeeper } from '../agenda-access.js';
import { assertNotCancelled } from '../agenda-guards.js';
import { isOnAgenda } from '../agenda-items.js';
import { AgendaStore } from '../agenda-store.js';
import type { AgendaItemEntity } from '../agenda.entity.js';
import { AgendaException } from '../agenda.exception.js';
import { AgendaRepository } from '../agenda.repository.js';
import { AgendaItemChecks } from '../editing/agenda-item-checks.js';
import { AgendaSendQueue } from '../sending/agenda-send-queue.js';
import { AgendaItemPaperEntity } from './agenda-item-paper.entity.js';
import { PaperRecordLocks } from './paper-record-locks.js';
import { cleanPaperName, classifyPaper } from './paper-types.js';
import { type PaperUploadSource, receivePaper } from './paper-upload.js';
import type { PaperView } from './paper.dto.js';
import { PaperErrorCode, PaperException } from './paper.exception.js';
import { PaperRepository } from './paper.repository.js';
import { papersByItem, toPaperView } from './paper-view.js';

const MAY_NOT_CHANGE =
  'Only the agenda’s keepers, or the proposer of a proposal not yet decided, change its papers';

/** A paper as stored: its facts and how to read its bytes. */
export interface StoredPaper {
  id: string;
  agendaItemId: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  open: () => Promise<Readable>;
}

/** A paper to download: its bytes as a stream and what to answer them with. */
export interface PaperDownload {
  body: Readable;
  name: string;
  mediaType: string;
  sizeBytes: number;
}

/**
 * Meeting papers (handlingar): files on agenda items, stored in the object storage with their row here.
 * Access follows the item: who may read the meeting's agenda reads its papers, an item restricted to the
 * parties only its parties; its keepers (and the proposer of an undecided proposal, for that proposal)
 * add and remove them. Each change is a change of what the agenda shows (the agenda email lists them).
 */
@Injectable()
export class AgendaPapers {
  private readonly logger = new Logger(AgendaPapers.name);

  constructor(
    private readonly papers: PaperRepository,
    private readonly agendas: AgendaRepository,
    private readonly checks: AgendaItemChecks,
    private readonly store: AgendaStore,
    private readonly sends: AgendaSendQueue,
    private readonly people: PersonService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionService,
    private readonly recordLocks: PaperRecordLocks,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(user: AuthenticatedUser, itemId: string, source: PaperUploadSource): Promise<PaperView> {
    const { meeting, item } = await this.readableItem(user, itemId);
    assertMayChange(user, meeting, item);
    assertNotCancelled(meeting);
    // Before the upload is read: a refused request does not cost the upload.
    await this.assertRecordOpen(meeting.id);
    const received = await receivePaper(source, this.config.papers.maxBytes);
    try {
      const name = cleanPaperName(received.name);
      const verdict = classifyPaper(await fileTypeFromFile(received.path), name);
      if (!verdict.ok && verdict.reason === 'mismatch') {
        throw new PaperException(PaperErrorCode.TypeMismatch, 'The content does not match the file name', {
          detected: verdict.detected,
          named: verdict.named,
        });
      }
      if (!verdict.ok) {
        throw new PaperException(PaperErrorCode.TypeNotAllowed, 'This type of file is not accepted', {
          detected: verdict.detected,
        });
      }
      const id = randomUUID();
      const storageKey = `papers/${meeting.id}/${id}`;
      await this.storage.put(storageKey, createReadStream(received.path), {
        size: received.size,
        contentType: verdict.mediaType,
      });
      try {
        const saved = await this.transactions.run(async (manager) => {
          const agenda = await this.store.lockAgenda(manager, meeting);
          const current = await this.agendas.findItem(item.id);
          if (!current) throw AgendaException.itemNotFound();
          await this.assertRecordOpen(meeting.id);
          const paper = Object.assign(new AgendaItemPaperEntity(), {
            id,
            agendaItemId: item.id,
            meetingId: meeting.id,
            originalName: name,
            mediaType: verdict.mediaType,
            sizeBytes: received.size,
            sha256: received.sha256,
            storageKey,
            uploadedBy: user.personId,
            uploadedAt: new Date(),
          });
          await this.papers.insert(manager, paper);
          if (isOnAgenda(current)) await this.sends.changed(manager, agenda);
          await this.audit.record(manager, {
            actorId: user.personId,
            action: 'agenda-item-paper.upload',
            entityType: 'agenda-item-paper',
            entityId: id,
            organizationId: meeting.regionId,
            after: auditSummary(paper),
          });
          return paper;
        });
        return toPaperView(saved, await this.names([saved]));
      } catch (error) {
        await this.storage.delete(storageKey);
        throw error;
      }
    } finally {
      await received.discard();
    }
  }

  async download(user: AuthenticatedUser, paperId: string): Promise<PaperDownload> {
    const paper = await this.readablePaper(user, paperId);
    try {
      return {
        body: await this.storage.get(paper.storageKey),
        name: paper.originalName,
        mediaType: paper.mediaType,
        sizeBytes: paper.sizeBytes,
      };
    } catch (error) {
      if (!(error instanceof ObjectNotFoundError)) throw error;
      // The row without its object: a restore that missed the files (docs/operations.md, backups).
      this.logger.error(`Paper ${paper.id} has no stored object (${paper.storageKey})`);
      throw PaperException.notFound();
    }
  }

  async remove(user: AuthenticatedUser, paperId: string): Promise<void> {
    const found = await this.papers.findById(paperId);
    if (!found) throw PaperException.notFound();
    const { meeting, item } = await this.readableItem(user, found.agendaItemId).catch(notFoundAsPaper);
    assertMayChange(user, meeting, item, found);
    const removed = await this.transactions.run(async (manager) => {
      const agenda = await this.store.lockAgenda(manager, meeting);
      const paper = await this.papers.findById(paperId);
      if (!paper) throw PaperException.notFound();
      await this.assertRecordOpen(meeting.id);
      await this.papers.delete(manager, paper.id);
      if (isOnAgenda(item)) await this.sends.changed(manager, agenda);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'agenda-item-paper.delete',
        entityType: 'agenda-item-paper',
        entityId: paper.id,
        organizationId: meeting.regionId,
        before: auditSummary(paper),
        after: null,
      });
      return paper;
    });
    // After the commit: a failed delete leaves an object no row names, never a row without its object.
    await this.storage.delete(removed.storageKey);
  }

  /** The storage keys of an item's papers: read before the item is deleted (its rows go with it). */
  async storageKeysOfItem(itemId: string): Promise<string[]> {
    return (await this.papers.findByItems([itemId])).map((paper) => paper.storageKey);
  }

  /** Removes stored objects whose rows are gone (after the commit that removed them). */
  async deleteObjects(keys: readonly string[]): Promise<void> {
    for (const key of keys) await this.storage.delete(key);
  }

  /** The papers of a meeting's items by item id, without access checks: for the locked minutes. */
  async listForMeeting(meetingId: string): Promise<Map<string, PaperView[]>> {
    const papers = await this.papers.findByMeeting(meetingId);
    return papersByItem(papers, await this.names(papers));
  }

  /**
   * The papers of a meeting as stored, without access checks, each with a way to read its bytes: for the
   * archive package of its locked minutes (the papers are frozen while the minutes are locked).
   */
  async storedForMeeting(meetingId: string): Promise<StoredPaper[]> {
    return (await this.papers.findByMeeting(meetingId)).map((paper) => ({
      id: paper.id,
      agendaItemId: paper.agendaItemId,
      name: paper.originalName,
      mediaType: paper.mediaType,
      sizeBytes: paper.sizeBytes,
      sha256: paper.sha256,
      open: () => this.storage.get(paper.storageKey),
    }));
  }

  /** The paper if the caller may read its item; PAPER_NOT_FOUND otherwise (docs/adr/0003). */
  private async readablePaper(user: AuthenticatedUser, paperId: string): Promise<AgendaItemPaperEntity> {
    const paper = await this.papers.findById(paperId);
    if (!paper) throw PaperException.notFound();
    await this.readableItem(user, paper.agendaItemId).catch(notFoundAsPaper);
    return paper;
  }

  /** The item and its meeting if the caller may read the item: its meeting, and its parties for a restricted one. */
  private async readableItem(
    user: AuthenticatedUser,
    itemId: string,
  ): Promise<{ meeting: MeetingView; item: AgendaItemEntity }> {
    // visibleItem answers AGENDA_ITEM_NOT_FOUND for a restricted item to anyone outside its parties.
    return this.checks.visibleItem(user, itemId);
  }

  /** Inside the caller's transaction when there is one (ADR 13): the record lock is held until it ends. */
  private async assertRecordOpen(meetingId: string): Promise<void> {
    const locked = await this.transactions.run((manager) => this.recordLocks.isLocked(manager, meetingId));
    if (locked) {
      throw new PaperException(PaperErrorCode.MinutesLocked, 'The minutes are locked with these papers');
    }
  }

  private async names(papers: readonly AgendaItemPaperEntity[]): Promise<Map<string, string>> {
    const ids = [...new Set(papers.flatMap((paper) => (paper.uploadedBy ? [paper.uploadedBy] : [])))];
    return new Map((await this.people.findByIds(ids)).map((person) => [person.id, person.name]));
  }
}

/**
 * The agenda's keepers change any item's papers; whoever proposed an item that waits for a decision adds
 * papers to it and removes those they added.
 */
function assertMayChange(
  user: AuthenticatedUser,
  meeting: MeetingView,
  item: AgendaItemEntity,
  paper?: AgendaItemPaperEntity,
): void {
  if (isMeetingKeeper(user, meeting)) return;
  const ownProposal = item.status === 'proposed' && item.proposedBy === user.personId;
  if (ownProposal && (!paper || paper.uploadedBy === user.personId)) return;
  throw new ForbiddenError(MAY_NOT_CHANGE);
}

function notFoundAsPaper(error: unknown): never {
  if (error instanceof AgendaException) throw PaperException.notFound();
  throw error;
}

function auditSummary(paper: AgendaItemPaperEntity): Record<string, unknown> {
  const fields = auditedFields(paper, ['agendaItemId', 'mediaType', 'sizeBytes', 'sha256']);
  return { ...fields, name: paper.originalName };
}
