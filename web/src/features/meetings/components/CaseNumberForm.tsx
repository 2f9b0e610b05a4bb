import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { useToast } from '../../../shared/toast/ToastProvider';
import { useSetCaseNumber } from '../hooks/useMeeting';
import type { Meeting } from '../hooks/useMeetings';

/** The meeting's diarienummer (free text, at most 60 characters); emptied, it is removed. */
export function CaseNumberForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const toast = useToast();
  const save = useSetCaseNumber(meeting.id);
  const [value, setValue] = useState(meeting.caseNumber ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(
      { caseNumber: value.trim() || null, version: meeting.version },
      { onSuccess: () => toast.show(t('caseNumberSaved')) },
    );
  }

  return (
    <section aria-labelledby="case-number-heading" className="section">
      <Heading level={2} data-size="sm" id="case-number-heading">
        {t('caseNumber')}
      </Heading>
      <form onSubmit={submit} className="form narrow">
        <Textfield
          label={t('caseNumber')}
          description={t('caseNumberHint')}
          value={value}
          maxLength={60}
          onChange={(e) => setValue(e.target.value)}
        />
        {save.isError && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{errorText(save.error, t)}</Paragraph>
          </Alert>
        )}
        <div className="button-row">
          <Button type="submit" variant="secondary" loading={save.isPending}>
            {t('saveCaseNumber')}
          </Button>
        </div>
      </form>
    </section>
  );
}
