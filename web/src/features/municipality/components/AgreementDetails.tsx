import { Heading, Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../shared/components/DateTime';
import { type AgreementVersion, CADENCE_PRESETS } from '../agreement-form';
import { ExpectationList } from './ExpectationList';

/** The cadence in words when it is one of the named ones, else as written (ISO 8601 or RRULE). */
export function CadenceText({ cadence }: { cadence: string }) {
  const { t } = useTranslation(['municipality', 'meetings']);
  if (CADENCE_PRESETS.includes(cadence)) return <>{t(`cadencePreset.${cadence}`)}</>;
  return <code>{cadence}</code>;
}

/** One version of the agreement, read only: what it says and who it names. */
export function AgreementDetails({ agreement }: { agreement: AgreementVersion }) {
  const { t } = useTranslation(['municipality', 'meetings']);
  const nameOf = (id: string) =>
    agreement.people.find((person) => person.id === id)?.name ?? t('unknownPerson');
  const participants = agreement.defaultParticipantIds.map((id) => ({
    id,
    name: nameOf(id),
    party:
      agreement.people.find((person) => person.id === id)?.organizationId === agreement.organizationId
        ? 'municipality'
        : 'region',
  }));
  return (
    <>
      <dl className="facts">
        <dt>{t('agreement.cadence')}</dt>
        <dd>
          <CadenceText cadence={agreement.cadence} />
        </dd>
        <dt>{t('agreement.mode')}</dt>
        <dd>{t(`meetings:modes.${agreement.preferredMode}`)}</dd>
        <dt>{t('agreement.weekdays')}</dt>
        <dd>
          {agreement.preferredWeekdays.length === 0
            ? t('agreement.anyWeekday')
            : agreement.preferredWeekdays.map((day) => t(`weekday.${day}`)).join(', ')}
        </dd>
        <dt>{t('agreement.blockedDates')}</dt>
        <dd>
          {agreement.blockedDates.length === 0 ? (
            t('notSet')
          ) : (
            <ul className="plain-list">
              {agreement.blockedDates.map((range) => (
                <li key={`${range.from}-${range.to}`}>
                  <DateTime value={range.from} dateOnly />
                  {range.to !== range.from && (
                    <>
                      {' – '}
                      <DateTime value={range.to} dateOnly />
                    </>
                  )}
                  {range.note && ` (${range.note})`}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('agreement.defaultParticipants')}</dt>
        <dd>
          {participants.length === 0 ? (
            t('nobody')
          ) : (
            <ul className="plain-list">
              {participants.map((person) => (
                <li key={person.id}>
                  {person.name} ({t(`partyName.${person.party}`)})
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('agreement.substitutes')}</dt>
        <dd>
          {agreement.substitutes.length === 0 ? (
            t('nobody')
          ) : (
            <ul className="plain-list">
              {agreement.substitutes.map((row) => (
                <li key={`${row.personId}-${row.forPersonId ?? ''}`}>
                  {row.forPersonId
                    ? t('agreement.substituteFor', {
                        name: nameOf(row.personId),
                        for: nameOf(row.forPersonId),
                      })
                    : t('agreement.substituteForAnyone', { name: nameOf(row.personId) })}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('agreement.regionAdjuster')}</dt>
        <dd>{agreement.adjusters.region ? nameOf(agreement.adjusters.region) : t('nobody')}</dd>
        <dt>{t('agreement.municipalityAdjuster')}</dt>
        <dd>{agreement.adjusters.municipality ? nameOf(agreement.adjusters.municipality) : t('nobody')}</dd>
        <dt>{t('agreement.address')}</dt>
        <dd>{agreement.location.address ?? t('notSet')}</dd>
        <dt>{t('agreement.videoUrl')}</dt>
        <dd>
          {agreement.location.videoUrl ? (
            <Link href={agreement.location.videoUrl}>{agreement.location.videoUrl}</Link>
          ) : (
            t('notSet')
          )}
        </dd>
        <dt>{t('agreement.validFrom')}</dt>
        <dd>
          <DateTime value={agreement.validFrom} dateOnly />
        </dd>
      </dl>
      <Heading level={3} data-size="xs">
        {t('expectations')}
      </Heading>
      <ExpectationList expectations={agreement.expectations} headingLevel={4} />
    </>
  );
}
