// Whether an assessment is anonymous, and its threshold (scoring.md,
// "Anonymity"). Turning anonymity off for an assessment that is stored as
// anonymous asks first, and says who will see names again.
import { useId, useState } from 'react';
import { t } from '../i18n';
import { useRules } from '../hooks/rules';
import { ConfirmDialog } from './ConfirmDialog';
import { FieldError } from './FieldError';

export interface AnonymityChoice {
  anonymous: boolean;
  /** As typed: checked against the rules before it is saved. */
  threshold: string;
}

/** The threshold typed, when it is a whole number within the rules. */
export function thresholdOf(choice: AnonymityChoice, min: number, max: number): number | null {
  const text = choice.threshold.trim();
  if (!/^\d+$/.test(text)) return null;
  const k = Number(text);
  return k >= min && k <= max ? k : null;
}

export function AnonymityField({
  value,
  storedAnonymous,
  onChange,
}: {
  value: AnonymityChoice;
  /** Whether the assessment is anonymous as stored (false for a new one). */
  storedAnonymous: boolean;
  onChange: (v: AnonymityChoice) => void;
}) {
  const uid = useId();
  const rules = useRules().anonymity;
  const [asking, setAsking] = useState(false);
  const k = thresholdOf(value, rules.minThreshold, rules.maxThreshold);
  return (
    <div className="field field--anonymity">
      <label className="choice">
        <input
          type="checkbox"
          checked={value.anonymous}
          aria-describedby={`${uid}-hint`}
          onChange={(e) => {
            if (!e.target.checked && storedAnonymous) setAsking(true);
            else onChange({ ...value, anonymous: e.target.checked });
          }}
        />
        <span>
          <strong>{t('privacy.anonymous.label')}</strong>
          <span className="block muted small" id={`${uid}-hint`}>
            {t('privacy.anonymous.hint')}
          </span>
        </span>
      </label>
      {value.anonymous && (
        <div className="field field--threshold">
          <label htmlFor={`${uid}-k`}>{t('privacy.threshold.label')}</label>
          <p className="field__hint" id={`${uid}-k-hint`}>
            {t('privacy.threshold.hint', {
              min: rules.minThreshold,
              max: rules.maxThreshold,
              k: k ?? rules.defaultThreshold,
            })}
          </p>
          <input
            id={`${uid}-k`}
            className="input input--narrow"
            inputMode="numeric"
            aria-describedby={`${uid}-k-hint${k === null ? ` ${uid}-k-error` : ''}`}
            aria-invalid={k === null}
            value={value.threshold}
            onChange={(e) => onChange({ ...value, threshold: e.target.value })}
          />
          {k === null && (
            <FieldError id={`${uid}-k-error`}>
              {t('privacy.threshold.error', { min: rules.minThreshold, max: rules.maxThreshold })}
            </FieldError>
          )}
        </div>
      )}
      <ConfirmDialog
        open={asking}
        title={t('privacy.off.title')}
        body={t('privacy.off.body')}
        confirmLabel={t('privacy.off.confirm')}
        onConfirm={() => {
          setAsking(false);
          onChange({ ...value, anonymous: false });
        }}
        onCancel={() => setAsking(false)}
      />
    </div>
  );
}
