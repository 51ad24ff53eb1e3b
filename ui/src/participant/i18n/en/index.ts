// The participant page's English catalog, one file per concern, every key
// prefixed `participant.`; another language is a folder of the same shape.
import { answer } from './answer';
import { join } from './join';
import { language } from './language';
import { page } from './page';
import { room } from './room';

export const en = { ...page, ...join, ...language, ...answer, ...room } as const;

export type ParticipantKey = keyof typeof en;
