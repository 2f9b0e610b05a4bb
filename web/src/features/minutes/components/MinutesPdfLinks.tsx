import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Minutes } from '../hooks/useMinutes';

/**
 * The minutes as a PDF: opened in a new tab to read (the browser's own viewer), or downloaded. Locked
 * minutes give the stored, justerat PDF; others a draft marked as not yet approved.
 */
export function MinutesPdfLinks({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation('minutes');
  const locked = minutes.status === 'locked';
  return (
    <ul className="link-row">
      <li>
        <Link href={minutes.pdfUrl} target="_blank" rel="noopener">
          {t(locked ? 'pdfOpen' : 'pdfOpenDraft')}
          <span className="visually-hidden"> {t('newTab')}</span>
        </Link>
      </li>
      <li>
        <Link href={minutes.pdfUrl} download>
          {t(locked ? 'pdf' : 'pdfDraft')}
        </Link>
      </li>
    </ul>
  );
}
