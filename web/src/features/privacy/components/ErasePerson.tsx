import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { useToast } from '../../../shared/toast/ToastProvider';
import { useErasePerson } from '../hooks/useErasePerson';

/**
 * An admin erases a person's data (GDPR art. 17): contact data, login and email texts go, the name becomes a
 * pseudonym, and public records (locked minutes, decisions) keep what they said. The reason goes to the audit log.
 */
export function ErasePerson({ personId, name }: { personId: string; name: string }) {
  const { t } = useTranslation('privacy');
  const erase = useErasePerson(personId);
  const toast = useToast();
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  return (
    <section aria-labelledby="person-erase" className="section prose">
      <Heading level={2} data-size="sm" id="person-erase">
        {t('erase.title')}
      </Heading>
      <Paragraph>{t('erase.text', { name })}</Paragraph>
      <div className="form">
        <Textfield
          label={t('erase.reason')}
          description={t('erase.reasonHelp')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <ConfirmDialog
          trigger={t('erase.button')}
          title={t('erase.confirmTitle', { name })}
          confirm={t('erase.confirm')}
          onConfirm={() =>
            erase.mutateAsync(reason).then(() => {
              toast.show(t('erase.done', { name }));
              void navigate('/admin/people');
            })
          }
          pending={erase.isPending}
          error={erase.error}
        >
          {t('erase.confirmText', { name, reason: reason.trim() || '–' })}
        </ConfirmDialog>
      </div>
    </section>
  );
}
