import { Checkbox, Field, Fieldset, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { SecrecyGroundSelect } from './SecrecyGroundSelect';
import { type ItemDraft, ITEM_TYPES, VISIBILITIES, draftProblems, isSecrecyRefusal } from '../item-draft';

export interface PresenterOption {
  value: string;
  label: string;
}

/**
 * The fields of an agenda item, shared by a participant's proposal and a keeper's editor: title,
 * description, type, minutes, presenter (keepers only: `presenters` given), strategy areas, visibility and,
 * for a restricted item, its secrecy ground and note (`refusal`: the API's last answer; one about the
 * marking shows at the ground).
 */
export function ItemFields({
  draft,
  onChange,
  strategyAreas,
  presenters,
  showProblems,
  refusal,
}: {
  draft: ItemDraft;
  onChange: (change: Partial<ItemDraft>) => void;
  strategyAreas: ReadonlyArray<{ id: string; name: string }>;
  presenters?: readonly PresenterOption[];
  showProblems: boolean;
  refusal?: unknown;
}) {
  const { t } = useTranslation('agenda');
  const problems = showProblems ? draftProblems(draft) : {};
  const restricted = draft.visibility === 'restricted';
  const groundError = problems.secrecyGround
    ? t(problems.secrecyGround)
    : isSecrecyRefusal(refusal)
      ? errorText(refusal, t)
      : undefined;
  return (
    <>
      <Textfield
        label={t('itemTitle')}
        value={draft.title}
        maxLength={300}
        required
        onChange={(e) => onChange({ title: e.target.value })}
        error={problems.title ? t(problems.title) : undefined}
      />
      <Textfield
        label={t('description')}
        description={t('descriptionHint')}
        multiline
        rows={4}
        value={draft.description}
        onChange={(e) => onChange({ description: e.target.value })}
      />
      <Field>
        <Label>{t('typeLabel')}</Label>
        <Select value={draft.type} onChange={(e) => onChange({ type: e.target.value as ItemDraft['type'] })}>
          {ITEM_TYPES.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`types.${value}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        label={t('durationLabel')}
        type="number"
        min={0}
        max={600}
        step={5}
        value={draft.duration}
        onChange={(e) => onChange({ duration: e.target.value })}
        error={problems.duration ? t(problems.duration) : undefined}
      />
      {presenters && (
        <Field>
          <Label>{t('presenter')}</Label>
          <Select value={draft.presenter} onChange={(e) => onChange({ presenter: e.target.value })}>
            <Select.Option value="">{t('noPresenter')}</Select.Option>
            {presenters.map((option) => (
              <Select.Option key={option.value} value={option.value}>
                {option.label}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      {strategyAreas.length > 0 && (
        <Fieldset>
          <Fieldset.Legend>{t('strategyAreas')}</Fieldset.Legend>
          {strategyAreas.map((area) => (
            <Checkbox
              key={area.id}
              label={area.name}
              value={area.id}
              checked={draft.strategyAreaIds.includes(area.id)}
              onChange={(e) =>
                onChange({
                  strategyAreaIds: e.target.checked
                    ? [...draft.strategyAreaIds, area.id]
                    : draft.strategyAreaIds.filter((id) => id !== area.id),
                })
              }
            />
          ))}
        </Fieldset>
      )}
      <Field>
        <Label>{t('visibilityLabel')}</Label>
        <Select
          value={draft.visibility}
          onChange={(e) => {
            const visibility = e.target.value as ItemDraft['visibility'];
            onChange(
              visibility === 'public' ? { visibility, secrecyGround: '', secrecyNote: '' } : { visibility },
            );
          }}
        >
          {VISIBILITIES.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`visibility.${value}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {restricted && (
        <>
          <SecrecyGroundSelect
            value={draft.secrecyGround}
            onChange={(secrecyGround) => onChange({ secrecyGround })}
            error={groundError}
          />
          <Textfield
            label={t('secrecyNoteLabel')}
            description={t('secrecyNoteHint')}
            multiline
            rows={2}
            maxLength={1000}
            value={draft.secrecyNote}
            onChange={(e) => onChange({ secrecyNote: e.target.value })}
          />
        </>
      )}
    </>
  );
}
