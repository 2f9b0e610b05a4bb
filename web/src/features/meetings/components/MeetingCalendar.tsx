import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { formatDate, formatTimeRange } from '../../../shared/format';
import type { Meeting } from '../hooks/useMeetings';
import { stockholmDate } from '../meeting-time';

interface MeetingCalendarProps {
  days: string[];
  /** The month shown (YYYY-MM) dims the days of other months; none for a week. */
  month?: string;
  meetings: Meeting[];
}

/** Days from Monday in rows of seven, each with its meetings (time, title, status in words) as links. */
export function MeetingCalendar({ days, month, meetings }: MeetingCalendarProps) {
  const { t, i18n } = useTranslation('meetings');
  const today = stockholmDate(Date.now());
  const byDay = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    const day = stockholmDate(meeting.startAt);
    byDay.set(day, [...(byDay.get(day) ?? []), meeting]);
  }
  const weekday = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', {
    weekday: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return (
    <ol className={`meeting-calendar ${month ? 'meeting-calendar--month' : ''}`} aria-label={t('calendar')}>
      {days.map((day) => {
        const list = byDay.get(day) ?? [];
        const outside = month !== undefined && !day.startsWith(month);
        return (
          <li
            key={day}
            className={`meeting-calendar__day${outside ? ' is-outside' : ''}${day === today ? ' is-today' : ''}`}
            aria-label={`${formatDate(day, i18n.language)}${day === today ? ` (${t('today')})` : ''}`}
          >
            <Heading level={3} data-size="2xs" className="meeting-calendar__date">
              <time dateTime={day}>{weekday.format(new Date(`${day}T12:00:00Z`))}</time>
            </Heading>
            {list.length > 0 && (
              <ul>
                {list.map((meeting) => (
                  <li key={meeting.id} className={`meeting-calendar__item is-${meeting.status}`}>
                    <RouterLink to={links.meeting(meeting.id)}>
                      <span className="meeting-calendar__time">
                        {formatTimeRange(meeting.startAt, meeting.endAt, i18n.language)}
                      </span>{' '}
                      {meeting.organizations.map((o) => o.name).join(', ') || meeting.title}
                      <span className="meeting-calendar__status"> · {t(`status.${meeting.status}`)}</span>
                    </RouterLink>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
