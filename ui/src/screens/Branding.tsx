// Report branding: the consultant's name, logo and accent colour, each saved
// on its own when committed, with a live preview shaped like the report's
// cover. The logo is read in the window from a file input and sent as
// base64; the core checks it (size, a whole PNG or JPEG) before storing it,
// so a refused file changes nothing. The preview shows the stored logo as
// the `data:` URL the core returns.
import { useEffect, useId, useRef, useState } from 'react';
import { call, errorMessage, type AccentColours, type BrandingView } from '../api';
import { AsyncView } from '../components/AsyncView';
import { BackLink } from '../components/BackLink';
import { ScreenTitle } from '../components/Layout';
import { SaveStatus, type SaveState } from '../components/SaveStatus';
import { useAsync } from '../hooks/useAsync';
import { useFieldErrors } from '../hooks/fieldErrors';
import { byKey } from '../logic/fieldErrors';
import { useRules } from '../hooks/rules';
import { t } from '../i18n';
import { base64Of, formatBytes } from '../logic/files';
import { SerialQueue } from '../logic/saveQueue';

/** The branding's fields in on-screen order, and the core's keys for them. */
const FIELDS = ['name', 'logo', 'accent'] as const;
const CORE_FIELDS = byKey<(typeof FIELDS)[number]>({ consultantName: 'name', logo: 'logo', accentColour: 'accent' });

export function Branding({ back }: { back: string }) {
  const { state, reload, set } = useAsync(() => call('get_branding'), []);
  return (
    <section className="screen screen--branding">
      <BackLink to={back} />
      <ScreenTitle sub={t('brand.lead')}>{t('brand.title')}</ScreenTitle>
      <AsyncView state={state} loading={t('brand.loading')} error={t('brand.error')} onRetry={reload}>
        {(branding) => <Editor branding={branding} onBranding={set} />}
      </AsyncView>
    </section>
  );
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

function Editor({ branding: b, onBranding }: { branding: BrandingView; onBranding: (b: BrandingView) => void }) {
  const uid = useId();
  const rules = useRules();
  const queue = useRef(new SerialQueue()).current;
  const fileInput = useRef<HTMLInputElement>(null);
  const colourInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(b.consultantName ?? '');
  const [accentText, setAccentText] = useState(b.accentColour ?? '');
  const fields = useFieldErrors(FIELDS);
  const [nameSave, setNameSave] = useState<SaveState>({ status: 'idle' });
  const [logoSave, setLogoSave] = useState<SaveState>({ status: 'idle' });
  const [accentSave, setAccentSave] = useState<SaveState>({ status: 'idle' });

  // The band's colours come from the core (the rule the PDF cover uses):
  // for the stored accent with the branding, for a typed one on request.
  const [typed, setTyped] = useState<AccentColours | null>(null);
  const draft = accentText.trim().toLowerCase();
  const colours = typed !== null && typed.accent === draft ? typed : b.accentOnBand;
  const accent = colours.accent;
  // The picker shows what it was dragged to at once, and whatever colour
  // the preview settles on after that.
  const [picker, setPicker] = useState(accent);
  useEffect(() => setPicker(accent), [accent]);

  // The preview follows what is typed as soon as the core reads it as a colour.
  function typeAccent(value: string) {
    setAccentText(value);
    const v = value.trim().toLowerCase();
    if (v === '') return;
    call('accent_colours', { colour: v }).then(setTyped, () => undefined);
  }

  function run(setState: (s: SaveState) => void, task: () => Promise<BrandingView>, what?: string) {
    setState({ status: 'saving' });
    return queue.run(task).then(
      (r) => {
        onBranding(r);
        setState({ status: 'saved', what });
        return true;
      },
      (e: unknown) => {
        // A refused value is shown at its field; a failure to save beside it, with a retry.
        if (fields.refused(e, CORE_FIELDS)) setState({ status: 'idle' });
        else setState({ status: 'failed', message: errorMessage(e) || t('common.error') });
        return false;
      },
    );
  }

  function commitName() {
    const v = name.trim();
    if (v === (b.consultantName ?? '')) return;
    void run(setNameSave, () => call('set_consultant_name', { name: v === '' ? null : v }));
  }

  async function commitAccent(value: string) {
    const v = value.trim().toLowerCase();
    if (v !== '') {
      const readable = await call('accent_colours', { colour: v }).then(
        () => true,
        () => false,
      );
      if (!readable) {
        fields.mark('accent', t('brand.accent.bad'));
        return;
      }
    }
    fields.clear('accent');
    if (v === (b.accentColour ?? '')) return;
    void run(setAccentSave, () => call('set_accent_colour', { colour: v === '' ? null : v }));
  }

  // The colour input's `change` (the picker closed) commits; its `input`
  // events (dragging) only move the preview. React's onChange is `input`.
  useEffect(() => {
    const el = colourInput.current;
    if (!el) return;
    const onCommit = () => void commitAccent(el.value);
    el.addEventListener('change', onCommit);
    return () => el.removeEventListener('change', onCommit);
  });

  async function chooseLogo(file: File | undefined) {
    if (!file) return;
    fields.clear('logo');
    if (file.size > rules.logoMaxBytes) {
      // Refused before reading it; the core checks again whatever comes.
      setLogoSave({ status: 'idle' });
      fields.mark(
        'logo',
        t('brand.logo.tooBig', {
          file: file.name,
          size: formatBytes(file.size),
          max: formatBytes(rules.logoMaxBytes),
        }),
      );
      if (fileInput.current) fileInput.current.value = '';
      return;
    }
    setLogoSave({ status: 'saving' });
    let base64: string;
    try {
      base64 = base64Of(await readAsDataUrl(file));
    } catch (e) {
      setLogoSave({ status: 'failed', message: errorMessage(e) || t('common.error') });
      return;
    }
    await run(setLogoSave, () => call('set_logo', { fileName: file.name, base64 }), t('brand.logo.saved'));
    if (fileInput.current) fileInput.current.value = '';
  }

  const logo = b.logo;
  const kind = logo?.mime === 'image/jpeg' ? 'JPEG' : 'PNG';
  return (
    <div className="branding">
      <div className="card branding__form">
        <div className="field">
          <label htmlFor={fields.id('name')}>{t('brand.name')}</label>
          <input
            {...fields.control('name', `${uid}-name-hint`)}
            className="input"
            value={name}
            maxLength={rules.text.consultant}
            autoComplete="organization"
            onChange={(e) => {
              setName(e.target.value);
              fields.clear('name');
            }}
            onBlur={commitName}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                commitName();
              }
            }}
          />
          <p className="field__hint" id={`${uid}-name-hint`}>
            {t('brand.name.hint')}
          </p>
          {fields.error('name', { alert: true })}
          <SaveStatus state={nameSave} onRetry={commitName} />
        </div>

        <fieldset className="field branding__logo">
          <legend>{t('brand.logo')}</legend>
          <p className="field__hint" id={`${uid}-logo-hint`}>
            {t('brand.logo.hint', { max: formatBytes(rules.logoMaxBytes) })}
          </p>
          <p data-testid="logo-info">
            {logo
              ? t('brand.logo.current', { kind, width: logo.width, height: logo.height, size: formatBytes(logo.bytes) })
              : t('brand.logo.none')}
          </p>
          <div className="actions">
            <label className="btn btn--secondary branding__file">
              {t('brand.logo.choose')}
              <input
                {...fields.control('logo', `${uid}-logo-hint`)}
                ref={fileInput}
                type="file"
                className="visually-hidden"
                accept="image/png,image/jpeg"
                onChange={(e) => void chooseLogo(e.target.files?.[0])}
              />
            </label>
            {logo && (
              <button
                type="button"
                className="btn btn--secondary"
                onClick={() => void run(setLogoSave, () => call('remove_logo'), t('brand.logo.removed'))}
              >
                {t('brand.logo.remove')}
              </button>
            )}
          </div>
          {fields.error('logo', { alert: true })}
          <SaveStatus state={logoSave} />
        </fieldset>

        <fieldset className="field branding__accent">
          <legend>{t('brand.accent')}</legend>
          <p className="field__hint">{t('brand.accent.hint')}</p>
          <div className="branding__accent-row">
            <input
              ref={colourInput}
              type="color"
              className="branding__swatch"
              aria-label={t('brand.accent.picker')}
              value={picker}
              onChange={(e) => {
                setPicker(e.target.value);
                typeAccent(e.target.value);
              }}
            />
            <input
              {...fields.control('accent', fields.errors.accent === undefined ? `${uid}-accent-note` : undefined)}
              className="input branding__hex"
              aria-label={t('brand.accent.text')}
              value={accentText}
              placeholder={b.defaultAccent}
              spellCheck={false}
              onChange={(e) => typeAccent(e.target.value)}
              onBlur={() => void commitAccent(accentText)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void commitAccent(accentText);
                }
              }}
            />
            {b.accentColour !== null && (
              <button
                type="button"
                className="btn btn--secondary"
                onClick={() => {
                  setAccentText('');
                  void commitAccent('');
                }}
              >
                {t('brand.accent.default')}
              </button>
            )}
          </div>
          {fields.errors.accent !== undefined ? (
            fields.error('accent', { alert: true })
          ) : (
            <p className="field__hint" id={`${uid}-accent-note`}>
              {b.accentColour === null && accentText === '' && (
                <>{t('brand.accent.isDefault', { colour: b.defaultAccent })} </>
              )}
              {colours.readableOnWhite
                ? t('brand.accent.contrast', { ratio: colours.contrastOnWhite.toFixed(1) })
                : t('brand.accent.lowContrast', { ratio: colours.contrastOnWhite.toFixed(1) })}
            </p>
          )}
          <SaveStatus state={accentSave} onRetry={() => void commitAccent(accentText)} />
        </fieldset>
      </div>

      <figure className="branding__preview" aria-labelledby={`${uid}-preview`}>
        <figcaption id={`${uid}-preview`}>
          <strong>{t('brand.preview')}</strong>
          <span className="block small muted">{t('brand.preview.caption')}</span>
        </figcaption>
        <div className="cover" data-testid="cover-preview" data-accent={accent}>
          <div className="cover__band" style={{ background: accent, color: colours.text }}>
            <span className="cover__kicker" style={{ color: colours.muted }}>
              {t('brand.preview.title')}
            </span>
          </div>
          <div className="cover__body">
            <p className="cover__org">{t('brand.preview.org')}</p>
            <div className="cover__rule" style={{ background: accent }} />
          </div>
          <div className="cover__foot">
            <p className="cover__by" style={{ color: accent }}>
              {name.trim() !== '' ? (
                t('brand.preview.by', { name: name.trim() })
              ) : (
                <span className="muted">{t('brand.preview.noName')}</span>
              )}
            </p>
            {logo && <img className="cover__logo" src={logo.dataUrl} alt={t('brand.preview.logoAlt')} />}
          </div>
        </div>
      </figure>
    </div>
  );
}
