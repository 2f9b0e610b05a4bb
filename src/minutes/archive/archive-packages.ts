import { createHash } from 'node:crypto';
import { type Readable, Transform } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { AgendaStore } from '../../agenda/agenda-store.js';
import { AgendaPapers } from '../../agenda/papers/agenda-papers.js';
import { secrecyMarkingText } from '../../secrecy/secrecy-marking.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import { OrganizationService } from '../../organization/organization.service.js';
import { PersonService } from '../../person/person.service.js';
import { OBJECT_STORAGE, type ObjectStorage } from '../../storage/object-storage.js';
import type { MinutesEntity } from '../minutes.entity.js';
import { MinutesErrorCode, MinutesException } from '../minutes.exception.js';
import type { ArchivePackageEntity } from './archive-package.entity.js';
import { ArchivePackageRepository } from './archive-package.repository.js';
import type { ArchivePackagesView, ArchivePackageView } from './archive.dto.js';
import { ArchiveDeliveryQueue } from './archive-delivery-queue.js';
import { approvalTrail } from './approval-trail.js';
import { packageFiles } from './package/package-files.js';
import { zipPackage } from './package/package-zip.js';

const SOFTWARE = { name: 'Samverkan', version: '0.1.0' };

/** A package to download: its bytes as a stream and what to answer them with. */
export interface ArchivePackageDownload {
  body: Readable;
  filename: string;
  sizeBytes: number;
}

/**
 * Archive packages (e-arkiv, ADR 15): when the minutes lock, one zip per locked revision following E-ARK
 * CSIP/SIP (FGS Paketstruktur) with the minutes PDF/A, the agenda, the papers and the approval trail, stored
 * in the object storage; listed and downloaded by the region; delivered to its registry when one is
 * configured (ArchiveDelivery).
 */
@Injectable()
export class ArchivePackages {
  constructor(
    private readonly repository: ArchivePackageRepository,
    private readonly meetings: MeetingReads,
    private readonly organizations: OrganizationService,
    private readonly agendas: AgendaStore,
    private readonly papers: AgendaPapers,
    private readonly people: PersonService,
    private readonly deliveries: ArchiveDeliveryQueue,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Builds and stores the package of this lock, in the locking transaction (the package is the record as
   * locked: a reopen may change the minutes and the papers after it). Its row and, with a registry, the
   * delivery job commit with the lock; an object whose transaction rolls back is overwritten by the next
   * lock of the same number.
   */
  async createAtLock(
    meeting: MeetingView,
    minutes: MinutesEntity,
    pdfs: { full: Buffer; partial: Buffer },
  ): Promise<void> {
    const revision = minutes.lockCount;
    const lockedAt = minutes.lockedAt ?? new Date();
    const objectId = `samverkan-protokoll-${meeting.id}-v${revision}`;
    const [region, agendaItems, stored, trailRows] = [
      await this.organizations.findById(meeting.regionId),
      await this.agendas.findAgendaItems(meeting),
      await this.papers.storedForMeeting(meeting.id),
      await this.repository.trail(meeting.id),
    ];
    const people = await this.people.findByIds(actorIds(trailRows));
    const names = new Map(people.map((person) => [person.id, person.name]));
    const onAgenda = new Set(agendaItems.map((item) => item.id));
    // An entry the minutes marked restricted on their own (#18) is restricted in the package on that ground.
    const ownMarking = new Map(
      minutes.items.flatMap((entry) => (entry.ownSecrecy ? [[entry.agendaItemId, entry.ownSecrecy]] : [])),
    );
    const { files } = packageFiles({
      record: {
        objectId,
        meetingId: meeting.id,
        revision,
        title: meeting.title,
        description: meeting.description,
        startLocal: meeting.startLocal,
        endLocal: meeting.endLocal,
        region: { id: meeting.regionId, name: region?.name ?? '' },
        municipalities: meeting.organizations,
        caseNumber: meeting.caseNumber,
        lockedAt,
        createdAt: new Date(),
        items: agendaItems.map((item) => {
          const own = ownMarking.get(item.id);
          const visibility = own ? 'restricted' : item.visibility;
          return {
            id: item.id,
            number: item.number,
            title: item.title,
            type: item.type,
            visibility,
            secrecyMarking:
              visibility === 'public' ? null : secrecyMarkingText(own ? own.ground : item.secrecyGround),
          };
        }),
        trail: approvalTrail(trailRows, names),
        software: SOFTWARE,
      },
      minutesPdf: pdfs.full,
      publicMinutesPdf: pdfs.partial,
      papers: stored.filter((paper) => onAgenda.has(paper.agendaItemId)),
    });
    const zip = await zipPackage(objectId, files);
    const hash = createHash('sha256');
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    zip.stream.on('error', (error) => hashing.destroy(error));
    const storageKey = `archive/${meeting.id}/v${revision}`;
    await this.storage.put(storageKey, zip.stream.pipe(hashing), {
      size: zip.size,
      contentType: 'application/zip',
    });
    const delivery = this.config.archive.delivery;
    await this.repository.insert({
      meetingId: meeting.id,
      regionId: meeting.regionId,
      revision,
      objectId,
      storageKey,
      sizeBytes: zip.size,
      sha256: hash.digest('hex'),
      lockedAt,
      deliveryStatus: delivery ? 'pending' : 'not_configured',
    });
    if (delivery) await this.deliveries.queue(meeting.id, revision);
  }

  /** The packages of a meeting, the latest revision first: for the region only. */
  async list(user: AuthenticatedUser, meetingId: string): Promise<ArchivePackagesView> {
    const meeting = await this.regionMeeting(user, meetingId);
    const rows = await this.repository.findByMeeting(meeting.id);
    return { deliveryConfigured: this.config.archive.delivery !== null, items: rows.map(toView) };
  }

  async download(
    user: AuthenticatedUser,
    meetingId: string,
    revision: number,
  ): Promise<ArchivePackageDownload> {
    const meeting = await this.regionMeeting(user, meetingId);
    const row = await this.repository.findOne(meeting.id, revision);
    if (!row) {
      throw new MinutesException(
        MinutesErrorCode.ArchivePackageNotFound,
        'No archive package of that revision',
      );
    }
    return {
      body: await this.storage.get(row.storageKey),
      filename: `${row.objectId}.zip`,
      sizeBytes: row.sizeBytes,
    };
  }

  /** The meeting if the caller may see it (404 otherwise) and belongs to its region (403 otherwise). */
  private async regionMeeting(user: AuthenticatedUser, meetingId: string): Promise<MeetingView> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    if (user.organizationId !== meeting.regionId) {
      throw new MinutesException(MinutesErrorCode.ArchiveRegionOnly, 'Archive packages are the region’s');
    }
    return meeting;
  }
}

function actorIds(rows: Awaited<ReturnType<ArchivePackageRepository['trail']>>): string[] {
  const ids = [
    ...rows.steps.map((step) => step.actorId),
    ...rows.reviews.map((review) => review.submittedBy),
    ...rows.adjusters.map((adjuster) => adjuster.personId),
  ];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

function toView(row: ArchivePackageEntity): ArchivePackageView {
  return {
    revision: row.revision,
    objectId: row.objectId,
    lockedAt: row.lockedAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    url: `/api/meetings/${row.meetingId}/archive-packages/${row.revision}`,
    delivery: {
      status: row.deliveryStatus,
      attempts: row.deliveryAttempts,
      lastAttemptAt: row.deliveryLastAttemptAt?.toISOString() ?? null,
      lastError: row.deliveryLastError,
      deliveredAt: row.deliveredAt?.toISOString() ?? null,
    },
  };
}
