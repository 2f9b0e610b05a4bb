import { Button, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../drafts/draft-store';
import {
  type AttendanceStatus,
  type AttendanceValue,
  attendanceValue,
  partKey,
} from '../drafts/minutes-parts';
import type { Minutes } from '../hooks/useMinutes';
import type { MinutesEditing } from '../hooks/useMinutesSync';
import { PartConflict } from './PartConflict';
import { useLocalValue } from './useLocalValue';

const STATUSES: AttendanceStatus[] = ['present', 'absent', 'excused'];
type AttendancePart = Pick<Minutes, 'attendance' | 'guests'> & Minutes['attendancePart'];

/** Attendance while the minutes are written: each participant present, absent or excused, and the guests. */
export function AttendanceEditor({
  minutes,
  draft,
  editing,
  organizationName,
}: {
  minutes: Minutes;
  draft: Draft | undefined;
  editing: MinutesEditing;
  organizationName: (id: string | null) => string;
}) {
  const { t } = useTranslation('minutes');
  const part = partKey.attendance;
  const [value, setValue] = useLocalValue<AttendanceValue>(
    part,
    (draft?.value as AttendanceValue) ?? attendanceValue(minutes),
  );
  const [focusGuest, setFocusGuest] = useState<number | null>(null);
  const guestRefs = useRef<Array<HTMLInputElement | null>>([]);
  useEffect(() => {
    if (focusGuest === null) return;
    guestRefs.current[focusGuest]?.focus();
    setFocusGuest(null);
  }, [focusGuest]);

  const statusOf = (personId: string) =>
    value.attendance.find((entry) => entry.personId === personId)?.status;
  function change(next: AttendanceValue) {
    setValue(next);
    editing.edit(part, next, minutes.attendancePart.version);
  }
  const setStatus = (personId: string, status: AttendanceStatus) =>
    change({
      ...value,
      attendance: [...value.attendance.filter((entry) => entry.personId !== personId), { personId, status }],
    });
  const allPresent = () =>
    change({
      ...value,
      attendance: minutes.attendance.map((entry) => ({
        personId: entry.personId,
        status: statusOf(entry.personId) ?? 'present',
      })),
    });
  const setGuest = (index: number, changes: Partial<AttendanceValue['guests'][number]>) =>
    change({ ...value, guests: value.guests.map((g, i) => (i === index ? { ...g, ...changes } : g)) });
  const theirs = draft?.conflict?.value as AttendancePart | undefined;

  return (
    <section aria-labelledby="attendance-heading" className="section">
      <Heading level={2} data-size="sm" id="attendance-heading">
        {t('attendance')}
      </Heading>
      {draft?.conflict && (
        <PartConflict
          who={theirs?.updatedBy?.name ?? t('conflict.someone')}
          mine={<AttendanceSummary value={value} minutes={minutes} />}
          theirs={<AttendanceSummary value={theirs ? attendanceValue(theirs) : null} minutes={minutes} />}
          onChoose={(choice) => editing.resolve(part, choice)}
        />
      )}
      {minutes.attendance.length === 0 ? (
        <Paragraph>{t('noAttendance')}</Paragraph>
      ) : (
        <>
          <div>
            <Button variant="secondary" data-size="sm" onClick={allPresent}>
              {t('allPresent')}
            </Button>
          </div>
          <ul className="minutes-attendance">
            {minutes.attendance.map((entry) => (
              <li key={entry.personId}>
                <Fieldset className="minutes-attendance__person">
                  <Fieldset.Legend>
                    {entry.name}
                    <span className="minutes-attendance__organization">
                      {' '}
                      ({organizationName(entry.organizationId)})
                    </span>
                  </Fieldset.Legend>
                  <div className="minutes-attendance__choices">
                    {STATUSES.map((status) => (
                      <Radio
                        key={status}
                        name={`attendance-${entry.personId}`}
                        value={status}
                        label={t(`attendanceStatuses.${status}`)}
                        checked={statusOf(entry.personId) === status}
                        onChange={() => setStatus(entry.personId, status)}
                      />
                    ))}
                  </div>
                </Fieldset>
              </li>
            ))}
          </ul>
        </>
      )}
      <Heading level={3} data-size="xs">
        {t('guests')}
      </Heading>
      {value.guests.length === 0 && <Paragraph data-size="sm">{t('noGuests')}</Paragraph>}
      <ul className="minutes-guests">
        {value.guests.map((guest, index) => {
          const which = t('guestNumber', { number: index + 1 });
          return (
            <li key={index} className="minutes-row">
              <Textfield
                label={
                  <>
                    {t('guestName')}
                    <span className="visually-hidden">, {which}</span>
                  </>
                }
                value={guest.name}
                ref={(element) => {
                  guestRefs.current[index] = element as HTMLInputElement | null;
                }}
                onChange={(event) => setGuest(index, { name: event.target.value })}
              />
              <Textfield
                label={
                  <>
                    {t('guestOrganization')}
                    <span className="visually-hidden">, {which}</span>
                  </>
                }
                value={guest.organization}
                onChange={(event) => setGuest(index, { organization: event.target.value })}
              />
              <Button
                variant="tertiary"
                data-size="sm"
                aria-label={t('removeGuest', { number: index + 1 })}
                onClick={() => {
                  change({ ...value, guests: value.guests.filter((_, i) => i !== index) });
                }}
              >
                {t('remove')}
              </Button>
            </li>
          );
        })}
      </ul>
      <Button
        variant="secondary"
        data-size="sm"
        onClick={() => {
          change({ ...value, guests: [...value.guests, { name: '', organization: '' }] });
          setFocusGuest(value.guests.length);
        }}
      >
        {t('addGuest')}
      </Button>
    </section>
  );
}

function AttendanceSummary({ value, minutes }: { value: AttendanceValue | null; minutes: Minutes }) {
  const { t } = useTranslation('minutes');
  if (!value) return <Paragraph data-size="sm">{t('noAttendance')}</Paragraph>;
  const names = new Map(minutes.attendance.map((entry) => [entry.personId, entry.name]));
  return (
    <ul className="cell-list">
      {value.attendance.map((entry) => (
        <li key={entry.personId}>
          {names.get(entry.personId) ?? '–'}: {t(`attendanceStatuses.${entry.status}`)}
        </li>
      ))}
      {value.guests
        .filter((guest) => guest.name.trim())
        .map((guest, index) => (
          <li key={`guest-${index}`}>
            {t('guestLine', { name: guest.name, organization: guest.organization || '–' })}
          </li>
        ))}
    </ul>
  );
}
