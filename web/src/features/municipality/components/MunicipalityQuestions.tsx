import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { type Question, useMunicipalityQuestions } from '../hooks/useMunicipalityQuestions';

const STATUS_COLORS: Record<Question['status'], string> = {
  open: 'info',
  in_progress: 'warning',
  resolved: 'success',
  parked: 'neutral',
};

/** The open questions raised with the municipality, linking each and the question register behind them. */
export function MunicipalityQuestions({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('municipality');
  const questions = useMunicipalityQuestions(organizationId);
  return (
    <section aria-labelledby="questions-heading" className="section">
      <Heading level={2} data-size="sm" id="questions-heading">
        {t('openQuestions')}
      </Heading>
      <ul className="link-list">
        <li>
          <RouterLink to={links.openQuestions(organizationId)}>{t('allOpenQuestions')}</RouterLink>
        </li>
        <li>
          <RouterLink to={`/questions?organizationId=${organizationId}`}>{t('allQuestions')}</RouterLink>
        </li>
      </ul>
      {questions.isPending ? (
        <PageSkeleton rows={3} />
      ) : questions.isError ? (
        <ErrorMessage error={questions.error} onRetry={() => void questions.refetch()} />
      ) : questions.data.items.length === 0 ? (
        <Paragraph>{t('noQuestions')}</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table zebra data-size="sm" className="full-width">
            <caption className="visually-hidden">{t('openQuestions')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('questionTitle')}</Table.HeaderCell>
                <Table.HeaderCell>{t('questionOwner')}</Table.HeaderCell>
                <Table.HeaderCell>{t('responsible')}</Table.HeaderCell>
                <Table.HeaderCell>{t('status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {questions.data.items.map((question) => (
                <Table.Row key={question.id}>
                  <Table.Cell>
                    <RouterLink to={`/questions/${question.id}`}>{question.title}</RouterLink>
                  </Table.Cell>
                  <Table.Cell>{question.owner.name}</Table.Cell>
                  <Table.Cell>{question.responsiblePerson?.name ?? t('nobody')}</Table.Cell>
                  <Table.Cell>
                    <Tag data-color={STATUS_COLORS[question.status]} data-size="sm" className="status-tag">
                      {t(`questionStatus.${question.status}`)}
                    </Tag>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}
