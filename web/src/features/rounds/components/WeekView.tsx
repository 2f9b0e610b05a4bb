import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatShortDay } from '../day-format';
import type { Round, RoundItem } from '../hooks/useRound';
import { addDays, firstWeek, layoutWeek, mondayOf, weeksOfWindow } from '../week-layout';
import { ItemTime } from './ItemTime';

interface WeekViewProps {
  round: Round;
  /** Offered on each proposed meeting while the round is a draft. */
  onMove?: (item: RoundItem) => void;
}

/**
 * The plan one week at a time (Europe/Stockholm dates). Each day is a labelled region with a heading and a
 * list of its meetings, so a screen reader reads "tisdag 12 januari, list, 2 items" and the keyboard reaches
 * every meeting's "Flytta" in reading order; the grid is only how it looks.
 */
export function WeekView({ round, onMove }: WeekViewProps) {
  const { t, i18n } = useTranslation('rounds');
  const placed = useMemo(() => round.items.filter((item) => item.startLocal !== null), [round.items]);
  const weeks = useMemo(() => {
    const all = new Set(weeksOfWindow(round.window.from, round.window.to));
    for (const item of placed) all.add(mondayOf(item.startLocal!.slice(0, 10)));
    return [...all].sort();
  }, [round.window, placed]);
  const [chosen, setChosen] = useState<string | null>(null);
  const monday = chosen ?? firstWeek(round.window.from, placed);
  const index = weeks.indexOf(monday);
  const week = layoutWeek(monday, placed);
  const count = week.days.reduce((sum, day) => sum + day.items.length, 0);

  return (
    <section aria-labelledby="calendar-heading" className="section">
      <Heading level={2} data-size="sm" id="calendar-heading">
        {t('detail.calendar')}
      </Heading>
      <div className="week-nav">
        <Button
          variant="secondary"
          data-size="sm"
          disabled={index <= 0}
          onClick={() => setChosen(weeks[index - 1])}
        >
          <span aria-hidden="true">←</span> {t('detail.previousWeek')}
        </Button>
        <Heading level={3} data-size="xs" id="week-heading" aria-live="polite">
          {t('detail.weekHeading', {
            week: week.week,
            from: formatShortDay(monday, i18n.language),
            to: formatShortDay(addDays(monday, 6), i18n.language),
          })}
        </Heading>
        <Button
          variant="secondary"
          data-size="sm"
          disabled={index === -1 || index >= weeks.length - 1}
          onClick={() => setChosen(weeks[index + 1])}
        >
          {t('detail.nextWeek')} <span aria-hidden="true">→</span>
        </Button>
      </div>
      {count === 0 && <Paragraph>{t('detail.weekEmpty')}</Paragraph>}
      <div className="week-grid" style={{ ['--week-days' as string]: week.days.length }}>
        {week.days.map((day) => {
          const headingId = `day-${day.date}`;
          const outside = day.date < round.window.from || day.date > round.window.to;
          return (
            <section key={day.date} aria-labelledby={headingId} className="week-day" data-outside={outside}>
              <Heading level={4} data-size="2xs" id={headingId} className="week-day__heading">
                {formatDay(day.date, i18n.language)}
                {outside && <span className="week-day__note"> ({t('detail.outsideWindow')})</span>}
              </Heading>
              {day.items.length === 0 ? (
                <Paragraph data-size="sm" className="week-day__empty">
                  {t('detail.dayEmpty')}
                </Paragraph>
              ) : (
                <ul className="week-day__items">
                  {day.items.map((item) => (
                    <li key={item.organizationId} className="week-item" data-mode={item.mode}>
                      <span className="week-item__time">
                        <ItemTime item={item} dateless />
                      </span>
                      <strong className="week-item__name">{item.organizationName}</strong>
                      <span className="week-item__mode">
                        {t(`modes.${item.mode}`)}
                        {item.attendance === 'onsite' && ` · ${t('attendance.onsite')}`}
                      </span>
                      {item.moved && (
                        <Tag data-size="sm" data-color="info">
                          {t('detail.moved')}
                        </Tag>
                      )}
                      {onMove && item.state === 'proposed' && (
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          aria-label={t('detail.moveLabel', { name: item.organizationName })}
                          onClick={() => onMove(item)}
                        >
                          {t('detail.move')}
                        </Button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
