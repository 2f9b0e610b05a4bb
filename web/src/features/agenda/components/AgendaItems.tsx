import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { formatTimeRange } from '../../../shared/format';
import { timetable } from '../agenda-view';
import type { AgendaItem } from '../hooks/useAgenda';
import { CarriedOver } from './CarriedOver';
import { ProposalFateTag } from './ProposalFateTag';

/** A public or restricted item, in colour and words (the API decides who gets restricted items). */
export function VisibilityTag({ visibility }: { visibility: AgendaItem['visibility'] }) {
  const { t } = useTranslation('agenda');
  return (
    <Tag
      data-color={visibility === 'restricted' ? 'warning' : 'neutral'}
      data-size="sm"
      className="status-tag"
    >
      {t(`visibility.${visibility}`)}
    </Tag>
  );
}

/** Who presents an item: the person, else the party, else "not decided". */
export function presenterText(item: AgendaItem, t: TFunction): string {
  return (
    item.presenter.name ?? (item.presenter.party ? t(`party.${item.presenter.party}`) : t('noPresenter'))
  );
}

/** The items on the agenda in order, each with its time slot from the meeting's start. */
export function AgendaItems({
  items,
  meetingStartAt,
  areaNames,
}: {
  items: readonly AgendaItem[];
  meetingStartAt: string;
  areaNames: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation('agenda');
  return (
    <ol className="agenda-items">
      {timetable(items, meetingStartAt).map(({ item, startAt, endAt }) => {
        const areas = item.strategyAreaIds.flatMap((id) => areaNames.get(id) ?? []);
        return (
          <li key={item.id} className="agenda-item">
            <Heading level={3} data-size="xs">
              {t('itemHeading', { number: item.number, title: item.title })}
            </Heading>
            <div className="tag-row">
              <VisibilityTag visibility={item.visibility} />
              {item.source === 'proposal' && <ProposalFateTag fate="accepted" />}
            </div>
            <dl className="facts">
              <dt>{t('time')}</dt>
              <dd>
                {formatTimeRange(startAt, endAt, i18n.language)} (
                {t('duration', { count: item.durationMinutes })})
              </dd>
              <dt>{t('presenter')}</dt>
              <dd>{presenterText(item, t)}</dd>
              <dt>{t('type')}</dt>
              <dd>{t(`types.${item.type}`)}</dd>
              {areas.length > 0 && (
                <>
                  <dt>{t('strategyAreas')}</dt>
                  <dd>{areas.join(', ')}</dd>
                </>
              )}
            </dl>
            {item.description && <Paragraph className="prose pre-line">{item.description}</Paragraph>}
            {item.links.length > 0 && (
              <>
                <Heading level={4} data-size="2xs">
                  {t('links')}
                </Heading>
                <ul className="cell-list">
                  {item.links.map((link) => (
                    <li key={link.url}>
                      <Link href={link.url}>{link.label ?? link.url}</Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {item.carriedOver && <CarriedOver carried={item.carriedOver} />}
            {item.movedToMeetingId && (
              <Paragraph data-size="sm">
                <RouterLink to={links.meeting(item.movedToMeetingId)}>{t('movedTo')}</RouterLink>
              </Paragraph>
            )}
          </li>
        );
      })}
    </ol>
  );
}
