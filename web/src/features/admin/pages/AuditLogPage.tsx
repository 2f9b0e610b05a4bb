import { Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useUrlFilters, useUrlPaging } from '../../../shared/useUrlFilters';
import { FilterSection } from '../../../shared/components/ListFilters';
import { ListPager } from '../../../shared/components/ListPager';
import { AUDITED_ENTITY_TYPES, auditQueryFrom } from '../audit-filters';
import { AuditEntryText } from '../components/AuditEntryText';
import { useAuditLog } from '../hooks/useAuditLog';
import { useAllOrganizations } from '../hooks/useOrganizations';
import { usePeople } from '../hooks/usePeople';

/** /admin/audit (admins): the audit log in words, filtered by kind of record, actor and days in the URL. */
export function AuditLogPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('audit.title'));
  const [params, update] = useUrlFilters();
  const paging = useUrlPaging();
  const query = auditQueryFrom(params, paging);
  const log = useAuditLog(query);
  const organizations = useAllOrganizations();
  const people = usePeople({ limit: 200, offset: 0 });
  const organizationName = (id: string) => organizations.data?.find((org) => org.id === id)?.name;
  const actorLink = (actorId: string) => {
    const next = new URLSearchParams(params);
    next.set('actorId', actorId);
    next.delete('page');
    return `/admin/audit?${next.toString()}`;
  };
  const actorKnown = !query.actorId || people.data?.items.some((person) => person.id === query.actorId);

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('audit.title')}
      </Heading>
      <Paragraph>{t('audit.intro')}</Paragraph>
      <FilterSection title={t('audit.filters')}>
        <Field>
          <Label>{t('audit.entityType')}</Label>
          <Select
            value={query.entityType ?? ''}
            onChange={(e) => update({ entityType: e.target.value, entityId: null })}
          >
            <Select.Option value="">{t('audit.allTypes')}</Select.Option>
            {AUDITED_ENTITY_TYPES.map((type) => (
              <Select.Option key={type} value={type}>
                {t(`audit.entityTypes.${type}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('audit.actor')}</Label>
          <Select value={query.actorId ?? ''} onChange={(e) => update({ actorId: e.target.value })}>
            <Select.Option value="">{t('audit.anyone')}</Select.Option>
            {!actorKnown && query.actorId && (
              <Select.Option value={query.actorId}>
                {log.data?.items.find((entry) => entry.actorId === query.actorId)?.actorName ??
                  query.actorId.slice(0, 8)}
              </Select.Option>
            )}
            {(people.data?.items ?? []).map((person) => (
              <Select.Option key={person.id} value={person.id}>
                {person.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          label={t('audit.from')}
          type="date"
          value={params.get('from') ?? ''}
          onChange={(e) => update({ from: e.target.value })}
        />
        <Textfield
          label={t('audit.to')}
          type="date"
          value={params.get('to') ?? ''}
          onChange={(e) => update({ to: e.target.value })}
        />
      </FilterSection>
      {query.entityId && (
        <div className="button-row">
          <Paragraph data-size="sm">
            {t('audit.onlyEntity', {
              what:
                log.data?.items[0]?.entityLabel ??
                `${t(`audit.entityTypes.${query.entityType ?? ''}`, { defaultValue: '' })} ${query.entityId.slice(0, 8)}`.trim(),
            })}
          </Paragraph>
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => update({ entityId: null, entityType: null })}
          >
            {t('audit.showAll')}
          </Button>
        </div>
      )}
      {log.isPending ? (
        <PageSkeleton rows={8} />
      ) : log.isError ? (
        <ErrorMessage error={log.error} onRetry={() => void log.refetch()} />
      ) : log.data.total === 0 ? (
        <Paragraph>{t('audit.empty')}</Paragraph>
      ) : (
        <>
          <ol className="history audit-log" aria-label={t('audit.title')}>
            {log.data.items.map((entry) => (
              <li key={entry.id} className="history__entry audit-entry">
                <AuditEntryText entry={entry} organizationName={organizationName} actorLink={actorLink} />
              </li>
            ))}
          </ol>
          <ListPager paging={paging} total={log.data.total} label={t('audit.title')} />
        </>
      )}
    </>
  );
}
