import { Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { useToast } from '../../../shared/toast/ToastProvider';
import { templateAdditions } from '../agenda-view';
import { type Agenda, useAgendaTemplates, useApplyTemplate } from '../hooks/useAgenda';

/**
 * Start from a template: the round's (the one the agenda was made from) or another of the region's. The
 * dialog names the items that will be added: those the agenda lacks, by title (as the API decides).
 */
export function TemplateApply({ agenda }: { agenda: Agenda }) {
  const { t } = useTranslation('agenda');
  const toast = useToast();
  const templates = useAgendaTemplates(true);
  const apply = useApplyTemplate(agenda.meetingId);
  const list = templates.data?.items ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const templateId =
    chosen ?? (list.some((entry) => entry.id === agenda.templateId) ? agenda.templateId : list[0]?.id);
  const template = list.find((entry) => entry.id === templateId);
  if (templates.isPending || list.length === 0 || !template) return null;
  const additions = templateAdditions(template.items, agenda.items);
  const titles = additions.map((entry) => `”${entry.title}”`).join(', ');

  return (
    <div className="template-apply">
      <Field>
        <Label>{t('template.label')}</Label>
        <Select value={template.id} onChange={(e) => setChosen(e.target.value)}>
          {list.map((entry) => (
            <Select.Option key={entry.id} value={entry.id}>
              {entry.id === agenda.templateId ? t('template.current', { name: entry.name }) : entry.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <ConfirmDialog
        trigger={t('template.apply')}
        title={t('template.confirmTitle', { name: template.name })}
        confirm={additions.length > 0 ? t('template.confirm', { count: additions.length }) : t('template.ok')}
        danger={false}
        pending={apply.isPending}
        error={apply.error}
        onConfirm={() => {
          if (additions.length === 0) return Promise.resolve();
          return apply
            .mutateAsync({ templateId: template.id, agendaVersion: agenda.version })
            .then(() => toast.show(t('template.applied', { count: additions.length, name: template.name })));
        }}
      >
        {additions.length > 0
          ? t('template.willAdd', { count: additions.length, titles })
          : t('template.nothingToAdd', { name: template.name })}
      </ConfirmDialog>
      <Paragraph data-size="sm">{t('template.hint')}</Paragraph>
    </div>
  );
}
