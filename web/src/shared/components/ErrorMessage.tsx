import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors';

interface ErrorMessageProps {
  error: unknown;
  /** Offers "try again" (e.g. a query's refetch). */
  onRetry?: () => void;
}

/** A failure in words, in the person's language, announced to screen readers. */
export function ErrorMessage({ error, onRetry }: ErrorMessageProps) {
  const { t } = useTranslation();
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        {t('errors.title')}
      </Heading>
      <Paragraph>{errorText(error, t)}</Paragraph>
      {onRetry && (
        <Button variant="secondary" data-size="sm" onClick={onRetry}>
          {t('retry')}
        </Button>
      )}
    </Alert>
  );
}
