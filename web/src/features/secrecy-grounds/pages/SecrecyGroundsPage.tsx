import { Alert, Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { errorText } from '../../../shared/errors';
import { useToast } from '../../../shared/toast/ToastProvider';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useMe } from '../../auth/hooks/useMe';
import { EditGroundDialog } from '../components/EditGroundDialog';
import { GroundFields, refusalElsewhere } from '../components/GroundFields';
import { createBody, type GroundDraft, type GroundField, groundProblems } from '../ground-draft';
import {
  type SecrecyGround,
  useCreateSecrecyGround,
  useSecrecyGroundList,
  useUpdateSecrecyGround,
} from '../hooks/useSecrecyGrounds';

const FIELDS: GroundField[] = ['reference', 'description', 'position'];
const EMPTY: GroundDraft = { reference: '', description: '', position: '' };

/**
 * /admin/secrecy-grounds (admins): the region's secrecy grounds (OSL), those shipped with Samverkan and the
 * region's own, in the order the agenda offers them. Admins add one, describe and reorder, deactivate
 * (no longer offered; items marked with it keep it) and reactivate.
 */
export function SecrecyGroundsPage() {
  const { t } = useTranslation('secrecy-grounds');
  usePageTitle(t('title'));
  const me = useMe().data!;
  const grounds = useSecrecyGroundList(me.regionId);
  const [editing, setEditing] = useState<SecrecyGround | null>(null);

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph className="prose">{t('intro')}</Paragraph>
      <CreateGround />
      <section aria-labelledby="grounds-heading" className="section">
        <Heading level={2} data-size="sm" id="grounds-heading">
          {t('listHeading')}
        </Heading>
        {grounds.isPending ? (
          <PageSkeleton rows={6} />
        ) : grounds.isError ? (
          <ErrorMessage error={grounds.error} onRetry={() => void grounds.refetch()} />
        ) : grounds.data.items.length === 0 ? (
          <Paragraph>{t('empty')}</Paragraph>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="grounds-caption">
            <Table zebra data-size="sm">
              <caption id="grounds-caption" className="visually-hidden">
                {t('listHeading')}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('reference')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('description')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('position')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('statusLabel')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('changeColumn')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {grounds.data.items.map((ground) => (
                  <Table.Row key={ground.id}>
                    <Table.Cell className="nowrap">
                      {ground.reference}
                      <span className="cell-note">{ground.regionId ? t('own') : t('shared')}</span>
                    </Table.Cell>
                    <Table.Cell>{ground.description}</Table.Cell>
                    <Table.Cell>{ground.position}</Table.Cell>
                    <Table.Cell>
                      <Tag
                        data-color={ground.active ? 'success' : 'neutral'}
                        data-size="sm"
                        className="status-tag"
                      >
                        {ground.active ? t('active') : t('inactive')}
                      </Tag>
                    </Table.Cell>
                    <Table.Cell>
                      <GroundControls ground={ground} onEdit={() => setEditing(ground)} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>
      <EditGroundDialog ground={editing} onClose={() => setEditing(null)} />
    </>
  );
}

function GroundControls({ ground, onEdit }: { ground: SecrecyGround; onEdit: () => void }) {
  const { t } = useTranslation('secrecy-grounds');
  const toast = useToast();
  const update = useUpdateSecrecyGround();
  const reference = ground.reference;
  function toggle() {
    update.mutate(
      { id: ground.id, body: { active: !ground.active, version: ground.version } },
      {
        onSuccess: (saved) =>
          toast.show(saved.active ? t('activated', { reference }) : t('deactivated', { reference })),
        onError: (error) => toast.show(errorText(error, t), 'danger'),
      },
    );
  }
  return (
    <div className="button-row button-row--in-cell">
      <Button variant="secondary" data-size="sm" onClick={onEdit} aria-label={t('editGround', { reference })}>
        {t('edit')}
      </Button>
      <Button
        variant="tertiary"
        data-size="sm"
        onClick={toggle}
        loading={update.isPending}
        aria-label={ground.active ? t('deactivateGround', { reference }) : t('activateGround', { reference })}
      >
        {ground.active ? t('deactivate') : t('activate')}
      </Button>
    </div>
  );
}

function CreateGround() {
  const { t } = useTranslation('secrecy-grounds');
  const toast = useToast();
  const create = useCreateSecrecyGround();
  const [draft, setDraft] = useState<GroundDraft>(EMPTY);
  const [submitted, setSubmitted] = useState(false);
  const problems = submitted ? groundProblems(draft, FIELDS) : {};

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(groundProblems(draft, FIELDS)).length > 0) return;
    create.mutate(createBody(draft), {
      onSuccess: (saved) => {
        toast.show(t('created', { reference: saved.reference }));
        setDraft(EMPTY);
        setSubmitted(false);
      },
    });
  }

  return (
    <section aria-labelledby="create-ground-heading" className="section">
      <Heading level={2} data-size="sm" id="create-ground-heading">
        {t('createHeading')}
      </Heading>
      <form onSubmit={submit} className="form narrow" noValidate>
        <GroundFields
          draft={draft}
          onChange={(change) => {
            create.reset();
            setDraft((current) => ({ ...current, ...change }));
          }}
          fields={FIELDS}
          problems={problems}
          refusal={create.error}
        />
        {refusalElsewhere(create.error, FIELDS) != null && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{errorText(create.error, t)}</Paragraph>
          </Alert>
        )}
        <div className="button-row">
          <Button type="submit" loading={create.isPending}>
            {t('create')}
          </Button>
        </div>
      </form>
    </section>
  );
}
