// The participant page's French catalog, one file per concern like the
// English one (../en). Typed so that the type check fails on a missing key;
// `ParticipantKey` comes from the page's catalog module, not from ../en, as the
// page's source scan lets participant files import nothing outside with `../`.
import type { ParticipantKey } from '..';
import { answer } from './answer';
import { join } from './join';
import { language } from './language';
import { page } from './page';
import { room } from './room';

export const fr: Record<ParticipantKey, string> = { ...page, ...join, ...language, ...answer, ...room };
