import { Inject, Injectable } from '@nestjs/common';
import { type AuthenticatedUser, hasRole } from '../../common/auth/authenticated-user.js';
import type { Locale } from '../../common/i18n/locale.js';
import type { Page } from '../../common/validation/zod-dto.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { PersonService } from '../../person/person.service.js';
import { RoundConsultationRepository } from '../consultation/round-consultation.repository.js';
import { isVisible, visibleRegionOf } from '../round-access.js';
import type { RoundFilter, RoundSummaryView, RoundView } from '../round.dto.js';
import { RoundException } from '../round.exception.js';
import { type RoundRecord, RoundRepository } from '../round.repository.js';
import { toRoundSummary, toRoundView } from './round-view.js';

/** Rounds as the API shows them: the list, one round, and the view of a round just changed. */
@Injectable()
export class RoundViews {
  constructor(
    private readonly repository: RoundRepository,
    private readonly consultations: RoundConsultationRepository,
    private readonly people: PersonService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(user: AuthenticatedUser, filter: RoundFilter): Promise<Page<RoundSummaryView>> {
    const regionId = hasRole(user, 'admin') ? null : visibleRegionOf(user);
    if (regionId === undefined) return { items: [], total: 0, limit: filter.limit, offset: filter.offset };
    const page = await this.repository.findPage(regionId, filter);
    return { ...page, items: page.items.map(toRoundSummary) };
  }

  /** Rounds are the region's internal planning: a municipality's people get ROUND_NOT_FOUND. */
  async findVisibleById(user: AuthenticatedUser, id: string): Promise<RoundView> {
    const record = await this.repository.findById(id);
    if (!record || !isVisible(user, record.round)) throw RoundException.notFound();
    return this.of(record, user.locale);
  }

  /** The view with the consultation (when the round was sent as a proposal) and each municipality's answer. */
  async of(record: RoundRecord, locale: Locale): Promise<RoundView> {
    const consultation = await this.consultations.findConsultation(record.round.id);
    const answers = consultation ? await this.consultations.findAnswers(record.round.id) : [];
    const answeredBy = answers.flatMap((answer) => (answer.answeredBy ? [answer.answeredBy] : []));
    const names = new Map(
      (await this.people.findByIds(answeredBy)).map((person) => [person.id, person.name]),
    );
    return toRoundView(record, locale, this.config.timeZone, { consultation, answers, names });
  }
}
