import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { DateTime } from '../../../shared/components/DateTime';
import { type AgreementVersion, changedParts } from '../agreement-form';

/** Every version, newest first: when, by whom, what it changed from the one before, and a link to read it. */
export function AgreementHistory({
  versions,
  shown,
  hrefOf,
}: {
  versions: AgreementVersion[];
  shown: number;
  hrefOf: (version: AgreementVersion) => string;
}) {
  const { t } = useTranslation('municipality');
  return (
    <div className="table-scroll">
      <Table zebra data-size="sm" className="full-width">
        <caption className="visually-hidden">{t('history.heading')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('history.version')}</Table.HeaderCell>
            <Table.HeaderCell>{t('history.changedAt')}</Table.HeaderCell>
            <Table.HeaderCell>{t('history.changedBy')}</Table.HeaderCell>
            <Table.HeaderCell>{t('history.changes')}</Table.HeaderCell>
            <Table.HeaderCell>{t('agreement.validFrom')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {versions.map((version, index) => {
            const previous = versions[index + 1];
            const parts = changedParts(version, previous);
            const author = version.createdBy
              ? (version.people.find((person) => person.id === version.createdBy)?.name ?? t('unknownPerson'))
              : t('system');
            const label = t('history.versionLabel', { version: version.version });
            return (
              <Table.Row key={version.id}>
                <Table.Cell>
                  {version.version === shown ? (
                    <span aria-current="true">
                      {label} ({t('history.shown')})
                    </span>
                  ) : (
                    <RouterLink to={hrefOf(version)}>{label}</RouterLink>
                  )}
                  {version.current && <span className="cell-note">{t('history.current')}</span>}
                </Table.Cell>
                <Table.Cell>
                  <DateTime value={version.createdAt} />
                </Table.Cell>
                <Table.Cell>{author}</Table.Cell>
                <Table.Cell>
                  {!previous
                    ? t('history.first')
                    : parts.length === 0
                      ? t('history.noChanges')
                      : parts.map((part) => t(`part.${part}`)).join(', ')}
                </Table.Cell>
                <Table.Cell>
                  <DateTime value={version.validFrom} dateOnly />
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
