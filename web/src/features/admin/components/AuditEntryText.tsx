import { Trans, useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { DateTime } from '../../../shared/components/DateTime';
import { formatDateTime } from '../../../shared/format';
import { auditChanges, auditSubject, auditValue, isDateTime } from '../audit-text';
import type { AuditEntry } from '../hooks/useAuditLog';

const LINKED: Record<string, (id: string) => string> = {
  person: links.adminPerson,
  organization: links.adminOrganization,
  meeting: links.meeting,
  agenda: links.meeting,
  minutes: links.meeting,
  action: links.action,
};

const ORGANIZATION_FIELDS = new Set(['organizationId', 'parentId', 'ownerOrganizationId']);
/**
 * Ids that say nothing in words (the entry names its subject already, and links it), and the planner's
 * bookkeeping (a calendar update's sequence number, a trip's id, an item's position).
 */
const HIDDEN_FIELDS = new Set([
  'subjectId',
  'id',
  'roundId',
  'meetingId',
  'agendaItemId',
  'movedToMeetingId',
  'personId',
  'presenterPersonId',
  'ownerPersonId',
  'participants',
  'defaultParticipantIds',
  'regionAdjusterId',
  'municipalityAdjusterId',
  'strategyAreaIds',
  'tripId',
  'sequence',
  'position',
  'state',
  'attendance',
]);

function isEmpty(value: unknown): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/** One audit entry in words: when, who did what to what (linked), where, and what changed. */
export function AuditEntryText({
  entry,
  organizationName,
  actorLink,
}: {
  entry: AuditEntry;
  /** An organization's name by id, for fields that hold one (organizationId, parentId). */
  organizationName: (id: string) => string | undefined;
  /** Where the actor's name leads (e.g. the log filtered to them). */
  actorLink: (actorId: string) => string;
}) {
  const { t, i18n } = useTranslation('admin');
  const name = auditSubject(entry);
  const typeName = t(`audit.entityTypes.${entry.entityType}`, { defaultValue: entry.entityType });
  const subject =
    name ?? t('audit.unnamed', { type: typeName.toLowerCase(), id: entry.entityId.slice(0, 8) });
  const deleted = entry.action.endsWith('.delete');
  const link = LINKED[entry.entityType] && !deleted ? LINKED[entry.entityType](entry.entityId) : null;
  // i18next nests keys at dots: `person.update` is audit.actions.person.update.
  const key = i18n.exists(`admin:audit.actions.${entry.action}`)
    ? `audit.actions.${entry.action}`
    : 'audit.other';
  // A status, a meeting mode, an answer…: its words for this kind of record, else for any, else as stored.
  const inWords = (field: string) => (raw: string) => {
    if (isDateTime(raw)) return formatDateTime(raw, i18n.language);
    for (const scope of [`${entry.entityType}.${field}`, field]) {
      if (i18n.exists(`admin:audit.values.${scope}.${raw}`)) return t(`audit.values.${scope}.${raw}`);
    }
    return raw;
  };
  const words = {
    yes: t('yes'),
    no: t('no'),
    none: t('none'),
    number: (value: number) =>
      new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE').format(value),
    key: (key: string) => t(`audit.fields.${key}`, { defaultValue: key }),
  };
  const valueWords = (field: string) => ({
    ...words,
    text: inWords(field),
    item:
      field === 'roles'
        ? (role: string) => t(`roles.${role}`, { defaultValue: role })
        : (text: string) => organizationName(text) ?? text,
  });
  const value = (field: string, raw: unknown) => {
    if (typeof raw === 'string' && ORGANIZATION_FIELDS.has(field)) return organizationName(raw) ?? raw;
    if (typeof raw === 'string' && field === 'locale')
      return t(`people.locales.${raw}`, { defaultValue: raw });
    if (typeof raw === 'string' && field === 'kind')
      return t(`kinds.${raw}`, { defaultValue: t(`audit.entityTypes.${raw}`, { defaultValue: raw }) });
    return auditValue(raw, valueWords(field));
  };
  const fieldName = (field: string) => t(`audit.fields.${field}`, { defaultValue: field });
  // A creation or deletion lists the fields that hold something; an update every change.
  const changes = auditChanges(entry).filter(
    (change) =>
      !HIDDEN_FIELDS.has(change.field) &&
      ((change.before !== undefined && change.after !== undefined) ||
        !isEmpty(change.after ?? change.before)),
  );

  return (
    <>
      <p className="audit-entry__when">
        <DateTime value={entry.occurredAt} />
      </p>
      <p className="audit-entry__what">
        <strong>
          {entry.actorId ? (
            <RouterLink to={actorLink(entry.actorId)}>
              {entry.actorName ?? entry.actorId.slice(0, 8)}
            </RouterLink>
          ) : (
            t('audit.system')
          )}
        </strong>{' '}
        <Trans
          t={t}
          i18nKey={key}
          values={{ subject, action: entry.action }}
          components={{ subject: link ? <RouterLink to={link} /> : <span /> }}
        />
        {entry.organizationName && entry.entityType !== 'organization' && (
          <> ({t('audit.in', { organization: entry.organizationName })})</>
        )}
      </p>
      {changes.length > 0 && (
        <ul className="audit-entry__changes" aria-label={t('audit.changes')}>
          {changes.map((change) => (
            <li key={change.field}>
              {change.before !== undefined && change.after !== undefined
                ? t('audit.change', {
                    field: fieldName(change.field),
                    before: value(change.field, change.before),
                    after: value(change.field, change.after),
                  })
                : t('audit.value', {
                    field: fieldName(change.field),
                    value: value(change.field, change.after ?? change.before),
                  })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
