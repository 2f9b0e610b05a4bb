import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { DateTime } from '../../../shared/components/DateTime';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import type { AgreementVersion } from '../agreement-form';
import { useAgreementVersions } from '../hooks/useAgreement';
import { AgreementDetails } from './AgreementDetails';
import { AgreementEditor } from './AgreementEditor';
import { AgreementHistory } from './AgreementHistory';

/**
 * The agreement: the current version (or an earlier one, `?version=N`), its history, and for those who
 * may write it, the editor of the next version.
 */
export function AgreementPanel({
  organizationId,
  regionId,
  mayEdit,
}: {
  organizationId: string;
  regionId: string;
  mayEdit: boolean;
}) {
  const { t } = useTranslation('municipality');
  const versions = useAgreementVersions(organizationId);
  const [params] = useSearchParams();
  const [editing, setEditing] = useState(false);

  if (versions.isPending) return <PageSkeleton rows={6} />;
  if (versions.isError)
    return <ErrorMessage error={versions.error} onRetry={() => void versions.refetch()} />;
  const items = versions.data.items;
  const current = items.find((version) => version.current);
  const wanted = Number(params.get('version'));
  const shown = items.find((version) => version.version === wanted) ?? current;
  const hrefOf = (version: AgreementVersion) => {
    const next = new URLSearchParams(params);
    if (version.current) next.delete('version');
    else next.set('version', String(version.version));
    return `?${next.toString()}`;
  };

  return (
    <>
      <section aria-labelledby="agreement-heading" className="section">
        <Heading level={2} data-size="sm" id="agreement-heading">
          {shown ? t('agreement.headingVersion', { version: shown.version }) : t('agreement.heading')}
        </Heading>
        {editing ? (
          <AgreementEditor
            organizationId={organizationId}
            regionId={regionId}
            current={current}
            onDone={() => setEditing(false)}
          />
        ) : (
          <>
            {mayEdit && (
              <div className="button-row">
                <Button onClick={() => setEditing(true)}>
                  {current ? t('editor.edit') : t('editor.create')}
                </Button>
              </div>
            )}
            {!shown ? (
              <Paragraph>{t('agreement.none')}</Paragraph>
            ) : (
              <>
                {!shown.current && current && (
                  <Alert data-color="warning">
                    <Paragraph>
                      {t('agreement.earlier', { version: shown.version, current: current.version })}{' '}
                      <RouterLink to={hrefOf(current)}>{t('agreement.showCurrent')}</RouterLink>
                    </Paragraph>
                  </Alert>
                )}
                <Paragraph data-size="sm">
                  {t('agreement.writtenAt')} <DateTime value={shown.createdAt} />
                </Paragraph>
                <AgreementDetails agreement={shown} />
              </>
            )}
          </>
        )}
      </section>
      {items.length > 0 && (
        <section aria-labelledby="history-heading" className="section">
          <Heading level={2} data-size="sm" id="history-heading">
            {t('history.heading')}
          </Heading>
          <AgreementHistory versions={items} shown={shown?.version ?? 0} hrefOf={hrefOf} />
        </section>
      )}
    </>
  );
}
