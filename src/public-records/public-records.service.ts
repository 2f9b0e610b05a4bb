import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { TransactionService } from '../common/database/transaction.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { PublicRecordsFilter, PublicRecordsManifest } from './public-records.dto.js';
import { PublicRecordsErrorCode, PublicRecordsException } from './public-records.exception.js';
import { MeetingReads } from '../meeting/reads/meeting-reads.js';
import { PublicRecordsRepository, type RecordOrganization } from './public-records.repository.js';
import { recordIndexHtml } from './record-index.js';
import { type PlannedFile, type RecordMeetingRow, planPublicRecords } from './record-plan.js';
import { zipRecords } from './records-zip.js';

/** A request spans at most this many years: a larger one is split (and each part audited). */
export const PERIOD_MAX_YEARS = 5;

/** The export to download: a zip as it is written, and its name. */
export interface PublicRecordsDownload {
  filename: string;
  body: Readable;
}

/**
 * A public records request (utlämnande av allmänna handlingar, issue 18 point 8, ADR 17): for a period and
 * municipalities of the caller's region, the public versions of agendas, locked minutes and the proposals
 * municipalities sent, with a manifest. Coordinators (only a region's people are) and admins answer it
 * (@Roles), for their own region only, admins too; every export is audited with who, the period and the
 * organisations.
 */
@Injectable()
export class PublicRecordsService {
  constructor(
    private readonly repository: PublicRecordsRepository,
    private readonly meetingReads: MeetingReads,
    private readonly audit: AuditService,
    private readonly transactions: TransactionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** What the export would hold: the manifest, without the files (nothing is rendered nor audited). */
  async preview(user: AuthenticatedUser, filter: PublicRecordsFilter): Promise<PublicRecordsManifest> {
    return (await this.plan(user, filter)).manifest;
  }

  /** The zip: manifest.json, förteckning.html and a folder per meeting; audited before the first byte. */
  async export(user: AuthenticatedUser, filter: PublicRecordsFilter): Promise<PublicRecordsDownload> {
    const { manifest, files } = await this.plan(user, filter);
    await this.transactions.run((manager) =>
      this.audit.record(manager, {
        actorId: user.personId,
        action: 'public_records.export',
        entityType: 'organization',
        entityId: manifest.region.id,
        organizationId: manifest.region.id,
        after: {
          from: manifest.period.from,
          to: manifest.period.to,
          organizationIds: manifest.municipalities.map((organization) => organization.id),
          meetings: manifest.totals.meetings,
          documents: manifest.totals.documents,
          withheld: manifest.totals.withheld,
        },
      }),
    );
    const root = `allmanna-handlingar-${manifest.period.from}-${manifest.period.to}`;
    const body = zipRecords(
      root,
      [
        { path: 'manifest.json', content: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
        { path: 'forteckning.html', content: Buffer.from(recordIndexHtml(manifest, this.config.timeZone)) },
        ...files.map((file) => ({ path: file.path, content: file.load })),
      ],
      new Date(manifest.generatedAt),
    );
    return { filename: `${root}.zip`, body };
  }

  private async plan(
    user: AuthenticatedUser,
    filter: PublicRecordsFilter,
  ): Promise<{ manifest: PublicRecordsManifest; files: PlannedFile[] }> {
    checkPeriod(filter.from, filter.to);
    const zone = this.config.timeZone;
    const read = await this.transactions.run(async (manager) => {
      // One snapshot: every meeting and item as of the same moment.
      await manager.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const [region] = await this.repository.findOrganizations([user.regionId]);
      const municipalities = await this.municipalities(user.regionId, filter.organizationIds);
      const meetings = await this.meetings(user.regionId, municipalities, filter);
      const items = await this.repository.findAgendaItems(meetings.map((meeting) => meeting.id));
      return { region, municipalities, meetings, items };
    });
    return planPublicRecords({
      period: { from: filter.from, to: filter.to },
      region: { id: user.regionId, name: read.region?.name ?? '' },
      municipalities: read.municipalities.map(({ id, name }) => ({ id, name })),
      meetings: read.meetings,
      items: read.items,
      zone,
      generatedAt: new Date(),
      minutesPdf: async (meetingId) => {
        const pdf = await this.repository.findPublicMinutesPdf(meetingId);
        // Reopened since the manifest was read: the zip fails rather than list a file it lacks.
        if (!pdf) throw new Error('The minutes are no longer locked');
        return pdf;
      },
    });
  }

  /** The region's meetings with these municipalities that start on the period's days (local), with their state. */
  private async meetings(
    regionId: string,
    municipalities: readonly RecordOrganization[],
    period: { from: string; to: string },
  ): Promise<RecordMeetingRow[]> {
    const zone = this.config.timeZone;
    const views = await this.meetingReads.findInRegionStartingBetween(
      regionId,
      municipalities.map((organization) => organization.id),
      DateTime.fromISO(period.from, { zone }).startOf('day').toJSDate(),
      DateTime.fromISO(period.to, { zone }).plus({ days: 1 }).startOf('day').toJSDate(),
    );
    const states = new Map(
      (await this.repository.findStates(views.map((view) => view.id))).map((state) => [
        state.meetingId,
        state,
      ]),
    );
    return views.map((view) => {
      const state = states.get(view.id);
      return {
        id: view.id,
        title: view.title,
        startAt: new Date(view.startAt),
        endAt: new Date(view.endAt),
        status: view.status,
        caseNumber: view.caseNumber,
        locationAddress: view.locationAddress,
        videoUrl: view.videoUrl,
        municipalities: view.organizations,
        agendaPublished: state?.agendaPublished ?? false,
        minutesStatus: state?.minutesStatus ?? null,
        minutesItems: state?.minutesItems ?? [],
      };
    });
  }

  /** The municipalities asked for, all of the region's when none is named; any other id answers 404. */
  private async municipalities(
    regionId: string,
    ids: readonly string[] | undefined,
  ): Promise<RecordOrganization[]> {
    if (!ids) return this.repository.findMunicipalities(regionId);
    const wanted = [...new Set(ids)];
    const found = new Map((await this.repository.findOrganizations(wanted)).map((row) => [row.id, row]));
    for (const id of wanted) {
      const organization = found.get(id);
      if (!organization || organization.kind !== 'municipality' || organization.parentId !== regionId) {
        throw new PublicRecordsException(
          PublicRecordsErrorCode.OrganizationNotFound,
          'The municipality is not in the region',
          { field: 'organizationIds', organizationId: id },
        );
      }
    }
    return wanted.map((id) => found.get(id)!).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }
}

/** `from` ≤ `to`, at most PERIOD_MAX_YEARS apart (both local dates, already valid ISO dates). */
function checkPeriod(from: string, to: string): void {
  const start = DateTime.fromISO(from, { zone: 'UTC' });
  const end = DateTime.fromISO(to, { zone: 'UTC' });
  if (end < start) {
    throw new PublicRecordsException(
      PublicRecordsErrorCode.PeriodReversed,
      'The period ends before it starts',
      {
        field: 'to',
      },
    );
  }
  if (end >= start.plus({ years: PERIOD_MAX_YEARS })) {
    throw new PublicRecordsException(
      PublicRecordsErrorCode.PeriodTooLong,
      `A period spans at most ${PERIOD_MAX_YEARS} years`,
      { field: 'to', maxYears: PERIOD_MAX_YEARS },
    );
  }
}
