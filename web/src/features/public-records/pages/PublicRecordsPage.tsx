import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Table,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/errors';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { errorText } from '../../../shared/errors';
import { TIME_ZONE, formatDate } from '../../../shared/format';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useMe } from '../../auth/hooks/useMe';
import {
  type PublicRecordsManifest,
  type PublicRecordsQuery,
  exportUrl,
  usePublicRecordsPreview,
  useRegionMunicipalities,
} from '../hooks/usePublicRecords';
import { errorField } from '../public-records-form';

/** Today in Europe/Stockholm as YYYY-MM-DD. */
function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE }).format(new Date());
}

/**
 * /admin/public-records (the region's coordinators and admins): a public records request answered — choose a
 * period and municipalities, see what the export holds (meetings, documents, parts withheld under secrecy),
 * then download it as one zip (GET /api/public-records/export; audited by the API).
 */
export function PublicRecordsPage() {
  const { t, i18n } = useTranslation('public-records');
  usePageTitle(t('title'));
  const me = useMe().data!;
  const municipalities = useRegionMunicipalities(me.regionId);
  const [from, setFrom] = useState(() => `${today().slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [scope, setScope] = useState<'all' | 'some'>('all');
  const [chosen, setChosen] = useState<string[]>([]);
  const [query, setQuery] = useState<PublicRecordsQuery | null>(null);
  const [noneChosen, setNoneChosen] = useState(false);
  const preview = usePublicRecordsPreview(query);
  const failed = preview.isError ? preview.error : null;
  const field = errorField(failed);
  const fieldMessage = failed && field ? errorText(failed, t) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (scope === 'some' && chosen.length === 0) {
      setNoneChosen(true);
      return;
    }
    setNoneChosen(false);
    const next = { from, to, ...(scope === 'some' ? { organizationIds: chosen } : {}) };
    if (JSON.stringify(next) === JSON.stringify(query)) void preview.refetch();
    else setQuery(next);
  };
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => (on ? [...current, id] : current.filter((held) => held !== id)));

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph className="prose">{t('intro')}</Paragraph>
      <section aria-labelledby="request-heading" className="section">
        <Heading level={2} data-size="sm" id="request-heading">
          {t('request')}
        </Heading>
        <form onSubmit={submit} className="form records-form" noValidate>
          <div className="records-period">
            <Textfield
              label={t('from')}
              type="date"
              value={from}
              required
              onChange={(e) => setFrom(e.target.value)}
              error={field === 'from' ? fieldMessage : undefined}
            />
            <Textfield
              label={t('to')}
              type="date"
              value={to}
              required
              onChange={(e) => setTo(e.target.value)}
              description={t('periodHelp')}
              error={field === 'to' ? fieldMessage : undefined}
            />
          </div>
          <Fieldset>
            <Fieldset.Legend>{t('municipalities')}</Fieldset.Legend>
            <Radio
              name="records-scope"
              value="all"
              label={t('allMunicipalities')}
              checked={scope === 'all'}
              onChange={() => setScope('all')}
            />
            <Radio
              name="records-scope"
              value="some"
              label={t('someMunicipalities')}
              checked={scope === 'some'}
              onChange={() => setScope('some')}
            />
            {(noneChosen || field === 'organizationIds') && (
              <ValidationMessage>{noneChosen ? t('chooseOne') : fieldMessage}</ValidationMessage>
            )}
          </Fieldset>
          {scope === 'some' &&
            (municipalities.isPending ? (
              <PageSkeleton rows={3} />
            ) : municipalities.isError ? (
              <ErrorMessage error={municipalities.error} onRetry={() => void municipalities.refetch()} />
            ) : (
              <Fieldset className="records-choice">
                <Fieldset.Legend>{t('chooseMunicipalities')}</Fieldset.Legend>
                <div className="records-municipalities">
                  {municipalities.data.map((organization) => (
                    <Checkbox
                      key={organization.id}
                      label={organization.name}
                      value={organization.id}
                      checked={chosen.includes(organization.id)}
                      onChange={(e) => toggle(organization.id, e.target.checked)}
                    />
                  ))}
                </div>
              </Fieldset>
            ))}
          <div className="button-row">
            <Button type="submit" loading={preview.isFetching}>
              {t('showPreview')}
            </Button>
          </div>
        </form>
      </section>
      {query && (
        <section aria-labelledby="preview-heading" className="section">
          <Heading level={2} data-size="sm" id="preview-heading">
            {t('preview')}
          </Heading>
          {preview.isPending ? (
            <PageSkeleton rows={4} />
          ) : failed ? (
            field ? (
              <Paragraph>{t('fixAbove')}</Paragraph>
            ) : isApiError(failed) ? (
              <Alert data-color="danger" role="alert">
                <Paragraph>{errorText(failed, t)}</Paragraph>
              </Alert>
            ) : (
              <ErrorMessage error={failed} onRetry={() => void preview.refetch()} />
            )
          ) : preview.data ? (
            <Preview manifest={preview.data} query={query} language={i18n.language} />
          ) : null}
        </section>
      )}
    </>
  );
}

function Preview({
  manifest,
  query,
  language,
}: {
  manifest: PublicRecordsManifest;
  query: PublicRecordsQuery;
  language: string;
}) {
  const { t } = useTranslation('public-records');
  const { totals } = manifest;
  return (
    <>
      <Paragraph role="status">
        {t('totals', {
          meetings: t('meetingCount', { count: totals.meetings }),
          documents: t('documentCount', { count: totals.documents }),
          withheld: t('withheldCount', { count: totals.withheld }),
          from: formatDate(manifest.period.from, language),
          to: formatDate(manifest.period.to, language),
        })}
      </Paragraph>
      {totals.meetings === 0 ? (
        <Paragraph>{t('empty')}</Paragraph>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="records-caption">
          <Table zebra data-size="sm">
            <caption id="records-caption" className="visually-hidden">
              {t('preview')}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('date')}</Table.HeaderCell>
                <Table.HeaderCell>{t('meeting')}</Table.HeaderCell>
                <Table.HeaderCell>{t('caseNumber')}</Table.HeaderCell>
                <Table.HeaderCell>{t('documents')}</Table.HeaderCell>
                <Table.HeaderCell>{t('minutes')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {manifest.meetings.map((meeting) => (
                <Table.Row key={meeting.meetingId}>
                  <Table.Cell>{formatDate(meeting.date, language)}</Table.Cell>
                  <Table.Cell>
                    {meeting.title}
                    <span className="cell-note">
                      {meeting.municipalities.map((organization) => organization.name).join(', ')}
                    </span>
                  </Table.Cell>
                  <Table.Cell>{meeting.caseNumber ?? '–'}</Table.Cell>
                  <Table.Cell>
                    {meeting.documents.length === 0 ? (
                      t('noDocuments')
                    ) : (
                      <ul className="records-documents">
                        {meeting.documents.map((document) => (
                          <li key={document.file}>
                            {document.title}
                            {document.withheld.length > 0 && (
                              <span className="cell-note">
                                {t('withheldParts', {
                                  markings: document.withheld.map((part) => part.marking).join('; '),
                                })}
                              </span>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <Tag
                      data-size="sm"
                      data-color={meeting.minutesStatus === 'locked' ? 'success' : 'warning'}
                      className="status-tag"
                    >
                      {t(`minutesStatus.${meeting.minutesStatus}`)}
                    </Tag>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <Paragraph data-size="sm" className="prose records-download">
        {t('downloadHelp')}
      </Paragraph>
      <div className="button-row">
        <Button asChild>
          <a href={exportUrl(query)} download>
            {t('download')}
          </a>
        </Button>
      </div>
    </>
  );
}
