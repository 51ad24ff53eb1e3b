// The French catalog: the same files as ../en, each typed against its English
// counterpart (a missing or extra key fails the type check), and the whole
// typed against `MessageKey`. Terms are kept consistent by README.md.
import type { MessageKey } from '../en';
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

export const fr: Record<MessageKey, string> = {
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
};
