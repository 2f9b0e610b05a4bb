import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { type ReactNode, createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type ToastKind = 'success' | 'info' | 'danger';

interface Toast {
  id: number;
  text: string;
  kind: ToastKind;
}

interface ToastApi {
  /** Shows a short message ("Sparat: …") that screen readers announce; it goes after a few seconds. */
  show(text: string, kind?: ToastKind): void;
}

const ToastContext = createContext<ToastApi | null>(null);
const TOAST_MS = 6000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback(
    (id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)),
    [],
  );
  const api = useMemo<ToastApi>(
    () => ({
      show(text, kind = 'success') {
        const id = nextId.current++;
        setToasts((list) => [...list, { id, text, kind }]);
        window.setTimeout(() => dismiss(id), TOAST_MS);
      },
    }),
    [dismiss],
  );
  return (
    <ToastContext.Provider value={api}>
      {children}
      <section className="toasts" aria-label={t('notifications')} aria-live="polite" aria-atomic="false">
        {toasts.map((toast) => (
          <Alert key={toast.id} data-color={toast.kind} className="toast">
            <Paragraph>{toast.text}</Paragraph>
            <Button variant="tertiary" data-size="sm" onClick={() => dismiss(toast.id)}>
              {t('close')}
            </Button>
          </Alert>
        ))}
      </section>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast outside ToastProvider');
  return api;
}
