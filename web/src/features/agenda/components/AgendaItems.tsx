import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { formatTimeRange } from '../../../shared/format';
import { type TimedItem, timetable } from '../agenda-view';
import type { AgendaItem } from '../hooks/useAgenda';
import { CarriedOver } from './CarriedOver';
import { ItemPapers } from './ItemPapers';
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

/**
 * One item on the agenda as everyone reads it: number and title, visibility, time slot, presenter, type,
 * strategy areas, description, links and what it carries over. `children` come after (a keeper's controls).
 */
export function AgendaItemDetails({
  timed: { item, startAt, endAt },
  areaNames,
  children,
}: {
  timed: TimedItem;
  areaNames: ReadonlyMap<string, string>;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation('agenda');
  const areas = item.strategyAreaIds.flatMap((id) => areaNames.get(id) ?? []);
  return (
    <>
      <Heading level={3} data-size="xs">
        {t('itemHeading', { number: item.number, title: item.title })}
      </Heading>
      <div className="tag-row">
        <VisibilityTag visibility={item.visibility} />
        {item.visibility === 'restricted' && item.secrecyGround && (
          <span className="secrecy-marking">{t('secrecyMarking', { ground: item.secrecyGround })}</span>
        )}
        {item.source === 'proposal' && <ProposalFateTag fate="accepted" />}
        {item.movedToMeetingId && (
          <Tag data-color="info" data-size="sm" className="status-tag">
            {t('movedTag')}
          </Tag>
        )}
      </div>
      <dl className="facts">
        <dt>{t('time')}</dt>
        <dd>
          {formatTimeRange(startAt, endAt, i18n.language)} ({t('duration', { count: item.durationMinutes })})
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
          <RouterLink to={links.meetingAgenda(item.movedToMeetingId)} data-moved-to>
            {t('movedTo')}
          </RouterLink>
        </Paragraph>
      )}
      <ItemPapers item={item} />
      {children}
    </>
  );
}

/** The items on the agenda in order, each with its time slot from the meeting's start (read only). */
export function AgendaItems({
  items,
  meetingStartAt,
  areaNames,
}: {
  items: readonly AgendaItem[];
  meetingStartAt: string;
  areaNames: ReadonlyMap<string, string>;
}) {
  return (
    <ol className="agenda-items">
      {timetable(items, meetingStartAt).map((timed) => (
        <li key={timed.item.id} className="agenda-item">
          <AgendaItemDetails timed={timed} areaNames={areaNames} />
        </li>
      ))}
    </ol>
  );
}
