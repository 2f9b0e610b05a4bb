import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorField, errorText } from '../errors';
import { useToast } from '../toast/ToastProvider';

/** The mutation a case-number form drives: PATCH of a meeting or a round with `caseNumber` and the version read. */
export interface CaseNumberSave {
  mutate: (body: { caseNumber: string | null; version: number }, options: { onSuccess: () => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
}

/**
 * A diarienummer (free text, at most 60 characters) of a meeting or a round, in a section of its own;
 * emptied, it is removed. The API's refusal of the number shows at the field, any other (a version conflict)
 * below it.
 */
export function CaseNumberForm({
  caseNumber,
  version,
  save,
}: {
  caseNumber: string | null;
  version: number;
  save: CaseNumberSave;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const headingId = useId();
  const [value, setValue] = useState(caseNumber ?? '');
  const atField = errorField(save.error) === 'caseNumber';

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(
      { caseNumber: value.trim() || null, version },
      { onSuccess: () => toast.show(t('caseNumber.saved')) },
    );
  }

  return (
    <section aria-labelledby={headingId} className="section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('caseNumber.label')}
      </Heading>
      <form onSubmit={submit} className="form narrow">
        <Textfield
          label={t('caseNumber.label')}
          description={t('caseNumber.hint')}
          value={value}
          maxLength={60}
          onChange={(e) => {
            if (save.error) save.reset();
            setValue(e.target.value);
          }}
          error={atField ? errorText(save.error, t) : undefined}
        />
        {save.error != null && !atField && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{errorText(save.error, t)}</Paragraph>
          </Alert>
        )}
        <div className="button-row">
          <Button type="submit" variant="secondary" loading={save.isPending}>
            {t('caseNumber.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
