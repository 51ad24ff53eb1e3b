// The UI's Prettier settings, so both packages share one style.
export { default } from '../ui/prettier.config.mjs';
