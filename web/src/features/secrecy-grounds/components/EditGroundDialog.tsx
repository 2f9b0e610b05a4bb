import { Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../../shared/components/FormFooter';
import { useToast } from '../../../shared/toast/ToastProvider';
import { changeBody, type GroundDraft, type GroundField, groundProblems } from '../ground-draft';
import { type SecrecyGround, useUpdateSecrecyGround } from '../hooks/useSecrecyGrounds';
import { GroundFields, refusalElsewhere } from './GroundFields';

const FIELDS: GroundField[] = ['description', 'position'];

/** Describes or reorders one ground; the version read guards against a parallel change. */
export function EditGroundDialog({ ground, onClose }: { ground: SecrecyGround | null; onClose: () => void }) {
  const { t } = useTranslation('secrecy-grounds');
  return (
    <Dialog
      open={!!ground}
      onClose={onClose}
      closeButton={t('common:close')}
      aria-labelledby="edit-ground-title"
    >
      {ground && <EditForm key={ground.id} ground={ground} onClose={onClose} />}
    </Dialog>
  );
}

function EditForm({ ground, onClose }: { ground: SecrecyGround; onClose: () => void }) {
  const { t } = useTranslation('secrecy-grounds');
  const toast = useToast();
  const update = useUpdateSecrecyGround();
  const [draft, setDraft] = useState<GroundDraft>({
    reference: ground.reference,
    description: ground.description,
    position: String(ground.position),
  });
  const [submitted, setSubmitted] = useState(false);
  const problems = submitted ? groundProblems(draft, FIELDS) : {};

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(groundProblems(draft, FIELDS)).length > 0) return;
    const body = changeBody(draft, ground);
    if (Object.keys(body).length === 0) {
      onClose();
      return;
    }
    update.mutate(
      { id: ground.id, body: { ...body, version: ground.version } },
      {
        onSuccess: (saved) => {
          toast.show(t('saved', { reference: saved.reference }));
          onClose();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="form" noValidate>
      <Heading level={2} data-size="sm" id="edit-ground-title">
        {t('editTitle', { reference: ground.reference })}
      </Heading>
      {ground.regionId === null && <Paragraph data-size="sm">{t('sharedNote')}</Paragraph>}
      <GroundFields
        draft={draft}
        onChange={(change) => setDraft((current) => ({ ...current, ...change }))}
        fields={FIELDS}
        problems={problems}
        refusal={update.error}
      />
      <FormFooter
        error={refusalElsewhere(update.error, FIELDS)}
        pending={update.isPending}
        submitLabel={t('save')}
        cancelLabel={t('cancel')}
        onCancel={onClose}
        t={t}
      />
    </form>
  );
}
