import { Dialog, Heading, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../../shared/components/FormFooter';
import { useToast } from '../../../shared/toast/ToastProvider';
import { type StrategyArea, useUpdateStrategyArea } from '../hooks/useStrategyAreas';

/** Renames (and re-describes) one strategy area; the version read guards against a parallel change. */
export function RenameAreaDialog({ area, onClose }: { area: StrategyArea | null; onClose: () => void }) {
  const { t } = useTranslation('strategy-areas');
  return (
    <Dialog
      open={!!area}
      onClose={onClose}
      closeButton={t('common:close')}
      aria-labelledby="rename-area-title"
    >
      {area && <RenameForm key={area.id} area={area} onClose={onClose} />}
    </Dialog>
  );
}

function RenameForm({ area, onClose }: { area: StrategyArea; onClose: () => void }) {
  const { t } = useTranslation('strategy-areas');
  const toast = useToast();
  const update = useUpdateStrategyArea();
  const [name, setName] = useState(area.name);
  const [description, setDescription] = useState(area.description ?? '');
  const [submitted, setSubmitted] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!name.trim()) return;
    update.mutate(
      {
        id: area.id,
        body: {
          name: name.trim(),
          description: description.trim() || null,
          version: area.version,
        },
      },
      {
        onSuccess: (saved) => {
          toast.show(t('renamed', { name: saved.name }));
          onClose();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="form" noValidate>
      <Heading level={2} data-size="sm" id="rename-area-title">
        {t('renameTitle', { name: area.name })}
      </Heading>
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
        rows={3}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <FormFooter
        error={update.isError ? update.error : null}
        pending={update.isPending}
        submitLabel={t('save')}
        cancelLabel={t('cancel')}
        onCancel={onClose}
        t={t}
      />
    </form>
  );
}
