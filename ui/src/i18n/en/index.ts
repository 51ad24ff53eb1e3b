// The English catalog: every string the UI shows, one file per screen or
// concern, keys prefixed by it (`home.*`, `rm.*`, `help.*`…). `{name}` is a
// placeholder; `_one`/`_other` pairs are plural forms. Another language is
// a folder of the same shape.
import { app } from './app';
import { branding } from './branding';
import { encryption } from './encryption';
import { exportImport } from './exportImport';
import { help } from './help';
import { home } from './home';
import { languages } from './languages';
import { live } from './live';
import { packs } from './packs';
import { privacy } from './privacy';
import { questionnaire } from './questionnaire';
import { respondents } from './respondents';
import { results } from './results';
import { roadmap } from './roadmap';
import { rounds } from './rounds';
import { setup } from './setup';
import { targets } from './targets';

export const en = {
  ...app,
  ...home,
  ...setup,
  ...respondents,
  ...questionnaire,
  ...results,
  ...targets,
  ...roadmap,
  ...branding,
  ...encryption,
  ...help,
  ...packs,
  ...exportImport,
  ...live,
  ...rounds,
  ...languages,
  ...privacy,
} as const;

export type MessageKey = keyof typeof en;
