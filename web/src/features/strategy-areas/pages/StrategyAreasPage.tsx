import { Alert, Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { hasRole } from '../../../app/roles';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { errorText } from '../../../shared/errors';
import { useToast } from '../../../shared/toast/ToastProvider';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useMe } from '../../auth/hooks/useMe';
import { RenameAreaDialog } from '../components/RenameAreaDialog';
import {
  type StrategyArea,
  useCreateStrategyArea,
  useOpenCounts,
  useStrategyAreaList,
  useUpdateStrategyArea,
} from '../hooks/useStrategyAreas';

/**
 * /admin/strategy-areas: the region's strategy areas (RUS-områden) with their open questions and actions,
 * each figure a link to the filtered list. Admins create, rename, deactivate and reactivate them (the
 * API's rule); others read.
 */
export function StrategyAreasPage() {
  const { t } = useTranslation('strategy-areas');
  usePageTitle(t('title'));
  const me = useMe().data;
  const areas = useStrategyAreaList();
  const counts = useOpenCounts((areas.data?.items ?? []).map((area) => area.id));
  const admin = me ? hasRole(me, 'admin') : false;
  const [renaming, setRenaming] = useState<StrategyArea | null>(null);

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph className="prose">{t('intro')}</Paragraph>
      {admin && <CreateArea />}
      <section aria-labelledby="areas-heading" className="section">
        <Heading level={2} data-size="sm" id="areas-heading">
          {t('listHeading')}
        </Heading>
        {areas.isPending ? (
          <PageSkeleton rows={6} />
        ) : areas.isError ? (
          <ErrorMessage error={areas.error} onRetry={() => void areas.refetch()} />
        ) : areas.data.items.length === 0 ? (
          <Paragraph>{t('empty')}</Paragraph>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="areas-caption">
            <Table zebra data-size="sm">
              <caption id="areas-caption" className="visually-hidden">
                {t('listHeading')}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('statusLabel')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('openQuestions')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('openActions')}</Table.HeaderCell>
                  {admin && <Table.HeaderCell>{t('changeColumn')}</Table.HeaderCell>}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {areas.data.items.map((area) => {
                  const count = counts.get(area.id);
                  return (
                    <Table.Row key={area.id}>
                      <Table.Cell>
                        {area.name}
                        {area.description && <span className="cell-note">{area.description}</span>}
                      </Table.Cell>
                      <Table.Cell>
                        <Tag
                          data-color={area.active ? 'success' : 'neutral'}
                          data-size="sm"
                          className="status-tag"
                        >
                          {area.active ? t('active') : t('inactive')}
                        </Tag>
                      </Table.Cell>
                      <Table.Cell>
                        <RouterLink
                          to={links.openQuestionsInArea(area.id)}
                          aria-label={t('openQuestionsIn', { name: area.name, count: count?.questions ?? 0 })}
                        >
                          {count?.questions ?? '…'}
                        </RouterLink>
                      </Table.Cell>
                      <Table.Cell>
                        <RouterLink
                          to={links.openActionsInArea(area.id)}
                          aria-label={t('openActionsIn', { name: area.name, count: count?.actions ?? 0 })}
                        >
                          {count?.actions ?? '…'}
                        </RouterLink>
                      </Table.Cell>
                      {admin && (
                        <Table.Cell>
                          <AreaControls area={area} onRename={() => setRenaming(area)} />
                        </Table.Cell>
                      )}
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>
      {admin && <RenameAreaDialog area={renaming} onClose={() => setRenaming(null)} />}
    </>
  );
}

function AreaControls({ area, onRename }: { area: StrategyArea; onRename: () => void }) {
  const { t } = useTranslation('strategy-areas');
  const toast = useToast();
  const update = useUpdateStrategyArea();
  function toggle() {
    update.mutate(
      { id: area.id, body: { active: !area.active, version: area.version } },
      {
        onSuccess: (saved) =>
          toast.show(
            saved.active ? t('activated', { name: saved.name }) : t('deactivated', { name: saved.name }),
          ),
        onError: (error) => toast.show(errorText(error, t), 'danger'),
      },
    );
  }
  return (
    <div className="button-row button-row--in-cell">
      <Button
        variant="secondary"
        data-size="sm"
        onClick={onRename}
        aria-label={t('renameArea', { name: area.name })}
      >
        {t('rename')}
      </Button>
      <Button
        variant="tertiary"
        data-size="sm"
        onClick={toggle}
        loading={update.isPending}
        aria-label={
          area.active ? t('deactivateArea', { name: area.name }) : t('activateArea', { name: area.name })
        }
      >
        {area.active ? t('deactivate') : t('activate')}
      </Button>
    </div>
  );
}

function CreateArea() {
  const { t } = useTranslation('strategy-areas');
  const toast = useToast();
  const create = useCreateStrategyArea();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [submitted, setSubmitted] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!name.trim()) return;
    create.mutate(
      { name: name.trim(), ...(description.trim() && { description: description.trim() }) },
      {
        onSuccess: (saved) => {
          toast.show(t('created', { name: saved.name }));
          setName('');
          setDescription('');
          setSubmitted(false);
        },
      },
    );
  }

  return (
    <section aria-labelledby="create-area-heading" className="section">
      <Heading level={2} data-size="sm" id="create-area-heading">
        {t('createHeading')}
      </Heading>
      <form onSubmit={submit} className="form narrow" noValidate>
        <Textfield
          label={t('name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={submitted && !name.trim() ? t('nameRequired') : undefined}
          required
        />
        <Textfield
          label={t('description')}
          multiline
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        {create.isError && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{errorText(create.error, t)}</Paragraph>
          </Alert>
        )}
        <Button type="submit" loading={create.isPending}>
          {t('create')}
        </Button>
      </form>
    </section>
  );
}
